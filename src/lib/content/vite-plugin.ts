import type { Plugin, ViteDevServer } from 'vite';
import { contentMeta, loadContent } from './load.ts';
import type { ContentBundle } from './types.ts';

/** Tiny module the first screen imports: the bundle's hash, counts, decks and URL. */
export const META_MODULE = 'virtual:content/meta';

/** Where the bundle is served: named by its hash, so it is cached forever and precached. */
const bundlePath = (hash: string) => `content/bundle.${hash.slice(0, 16)}.json`;

const resolved = (id: string) => `\0${id}`;

/**
 * Compiles `content/` into a JSON bundle (an asset, fetched only when the device's copy is out of
 * date) and a small meta module. Invalid content fails the build (and shows the overlay in dev)
 * with every problem named by file and field.
 */
export function contentPlugin(root = 'content'): Plugin {
	let pending: Promise<ContentBundle> | null = null;
	const bundle = () => (pending ??= loadContent(root));

	function invalidate(server: ViteDevServer) {
		pending = null;
		const mod = server.moduleGraph.getModuleById(resolved(META_MODULE));
		if (mod) server.moduleGraph.invalidateModule(mod);
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
			if (id === META_MODULE) return resolved(id);
		},
		async load(id) {
			if (id !== resolved(META_MODULE)) return;
			const compiled = await bundle();
			const meta = { ...contentMeta(compiled), url: `/${bundlePath(compiled.hash)}` };
			return `export default ${JSON.stringify(meta)};`;
		},
		async generateBundle() {
			const compiled = await bundle();
			this.emitFile({ type: 'asset', fileName: bundlePath(compiled.hash), source: JSON.stringify(compiled) });
		},
		configureServer(server) {
			server.middlewares.use(async (request, response, next) => {
				if (!request.url?.startsWith('/content/bundle.')) return next();
				try {
					response.setHeader('Content-Type', 'application/json');
					response.end(JSON.stringify(await bundle()));
				} catch (error) {
					next(error);
				}
			});
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
