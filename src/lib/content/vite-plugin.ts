import { createHash } from 'node:crypto';
import type { Plugin, ViteDevServer } from 'vite';
import { contentMeta, loadContent } from './load.ts';
import type { ContentBundle, Dataset, Dialect } from '../model/index.ts';

/** Tiny module the first screen imports: the bundle's hash, counts, decks and slice URLs. */
export const META_MODULE = 'virtual:content/meta';
/**
 * What only some screens need is a module of its own, loaded with the first screen that imports
 * it: a bundler keeps a module whole, so anything in the meta module is on the first screen.
 */
export const PATHS_MODULE = 'virtual:content/paths';
export const DATASETS_MODULE = 'virtual:content/datasets';
const VIRTUAL_MODULES = [META_MODULE, PATHS_MODULE, DATASETS_MODULE];

/**
 * The bundle's items are served in slices, named by the bundle's hash (cached forever, precached):
 * a first visit stores the first slice, draws Today, then stores the rest in the background, one
 * short transaction per slice. The first slice is small so Today waits for little.
 */
const FIRST_SLICE = 40;
const SLICE = 60;
const slicePath = (hash: string, index: number) => `content/items.${hash.slice(0, 16)}.${index}.json`;

/** The bundle's items cut into slices: FIRST_SLICE items, then SLICE at a time. */
export function itemSlices<T>(items: readonly T[]): T[][] {
	const slices = [items.slice(0, FIRST_SLICE)];
	for (let start = FIRST_SLICE; start < items.length; start += SLICE) slices.push(items.slice(start, start + SLICE));
	return slices;
}

/**
 * What the meta module says of a slice: how many items, and the lowest and highest id in it, so a
 * screen that needs one item on a first visit fetches only the slice that can hold it.
 */
function sliceSpan(items: readonly { id: string }[]): { items: number; first: string; last: string } {
	const ids = items.map((item) => item.id).sort();
	return { items: items.length, first: ids[0] ?? '', last: ids[ids.length - 1] ?? '' };
}

/** Each dataset is its own asset, so a drill loads only the SQL it runs on. */
const datasetPath = (dataset: Dataset, dialect: Dialect) => {
	const script = dialect === 'sqlite' ? dataset.sql : dataset.postgres;
	return `content/datasets/${dataset.id}.${dialect}.${createHash('sha256').update(script).digest('hex').slice(0, 12)}.sql`;
};

/** Every file the plugin serves and emits, by path. */
function assetsOf(compiled: ContentBundle): Map<string, string> {
	const assets = new Map(itemSlices(compiled.items).map((items, index) => [slicePath(compiled.hash, index), JSON.stringify(items)]));
	for (const dataset of compiled.datasets) {
		assets.set(datasetPath(dataset, 'sqlite'), dataset.sql);
		assets.set(datasetPath(dataset, 'postgres'), dataset.postgres);
	}
	return assets;
}

const resolved = (id: string) => `\0${id}`;

/**
 * Compiles `content/` into a JSON bundle (an asset, fetched only when the device's copy is out of
 * date) and a small meta module. Invalid content fails the build (and shows the overlay in dev)
 * with every problem named by file and field.
 */
export function contentPlugin(root = 'content'): Plugin & { api: { bundle: () => Promise<ContentBundle> } } {
	let pending: Promise<ContentBundle> | null = null;
	const bundle = () => (pending ??= loadContent(root));

	function invalidate(server: ViteDevServer) {
		pending = null;
		for (const id of VIRTUAL_MODULES) {
			const mod = server.moduleGraph.getModuleById(resolved(id));
			if (mod) server.moduleGraph.invalidateModule(mod);
		}
		server.ws.send({ type: 'full-reload' });
	}

	return {
		name: 'rehearse-content',
		// Other plugins (the PostgreSQL snapshot) build from the same compiled bundle.
		api: { bundle },
		async buildStart() {
			// Fail early, before Rollup spends time on the app.
			if (this.meta.watchMode) return;
			await bundle();
		},
		resolveId(id) {
			if (VIRTUAL_MODULES.includes(id)) return resolved(id);
		},
		async load(id) {
			if (!VIRTUAL_MODULES.some((module) => id === resolved(module))) return;
			const compiled = await bundle();
			const { paths, ...meta } = contentMeta(compiled);
			let value: unknown = paths;
			if (id === resolved(META_MODULE)) {
				value = { ...meta, slices: itemSlices(compiled.items).map((items, index) => ({ url: `/${slicePath(compiled.hash, index)}`, ...sliceSpan(items) })) };
			} else if (id === resolved(DATASETS_MODULE)) {
				value = compiled.datasets.map((d) => ({ id: d.id, title: d.title, urls: { sqlite: `/${datasetPath(d, 'sqlite')}`, postgres: `/${datasetPath(d, 'postgres')}` } }));
			}
			return `export default ${JSON.stringify(value)};`;
		},
		async generateBundle() {
			for (const [fileName, source] of assetsOf(await bundle())) this.emitFile({ type: 'asset', fileName, source });
		},
		configureServer(server) {
			server.middlewares.use(async (request, response, next) => {
				if (!request.url?.startsWith('/content/')) return next();
				try {
					const source = assetsOf(await bundle()).get(request.url.slice(1).split('?')[0]);
					if (source === undefined) return next();
					response.setHeader('Content-Type', request.url.endsWith('.json') ? 'application/json' : 'text/plain');
					response.end(source);
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
