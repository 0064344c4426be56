import type { Plugin, ViteDevServer } from 'vite';
import { contentMeta, loadContent } from './load.ts';
import type { ContentBundle } from './types.ts';

/** Tiny module the first screen imports: the bundle's hash and counts. */
export const META_MODULE = 'virtual:content/meta';
/** The whole bundle, imported dynamically only when the device's copy is out of date. */
export const BUNDLE_MODULE = 'virtual:content/bundle';

const resolved = (id: string) => `\0${id}`;

/**
 * Compiles `content/` into two virtual modules. Invalid content fails the build (and shows the
 * overlay in dev) with every problem named by file and field.
 */
export function contentPlugin(root = 'content'): Plugin {
	let pending: Promise<ContentBundle> | null = null;
	const bundle = () => (pending ??= loadContent(root));

	function invalidate(server: ViteDevServer) {
		pending = null;
		for (const id of [META_MODULE, BUNDLE_MODULE]) {
			const mod = server.moduleGraph.getModuleById(resolved(id));
			if (mod) server.moduleGraph.invalidateModule(mod);
		}
		server.ws.send({ type: 'full-reload' });
	}

	return {
		name: 'rehearse-content',
		async buildStart() {
			// Fail early, before Rollup spends time on the app.
			if (this.meta.watchMode) return;
			await bundle();
		},
		resolveId(id) {
			if (id === META_MODULE || id === BUNDLE_MODULE) return resolved(id);
		},
		async load(id) {
			if (id === resolved(META_MODULE)) {
				return `export default ${JSON.stringify(contentMeta(await bundle()))};`;
			}
			if (id === resolved(BUNDLE_MODULE)) {
				// JSON.parse of a string literal parses faster than the equivalent object literal.
				return `export default JSON.parse(${JSON.stringify(JSON.stringify(await bundle()))});`;
			}
		},
		configureServer(server) {
			server.watcher.add(root);
			const onChange = (file: string) => {
				if (file.includes(`/${root}/`)) invalidate(server);
			};
			server.watcher.on('change', onChange);
			server.watcher.on('add', onChange);
			server.watcher.on('unlink', onChange);
		}
	};
}
