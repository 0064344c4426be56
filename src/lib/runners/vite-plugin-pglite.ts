// Builds the PostgreSQL snapshot of every dataset at build time and emits it at /pglite/, named by
// its content, so it is precached and cached forever; in dev it is built on first request. The
// app learns its URL from `virtual:pglite/snapshot`. PGlite's own wasm and data files are imported
// with `?url` by the worker, so they are hashed assets of our origin too: never a CDN.

import type { Plugin } from 'vite';
import type { ContentBundle } from '../model/index.ts';
import { cachedSnapshot, snapshotKey, type SnapshotDataset } from './sql/pg-snapshot.ts';

export const SNAPSHOT_MODULE = 'virtual:pglite/snapshot';
const resolved = `\0${SNAPSHOT_MODULE}`;

const snapshotPath = (key: string) => `pglite/datasets.${key}.tgz`;

/** Add after contentPlugin(); `bundle` is the content plugin's compiled bundle. */
export function pglitePlugin(bundle: () => Promise<ContentBundle>): Plugin {
	let ssrBuild = false;
	const datasets = async (): Promise<SnapshotDataset[]> => (await bundle()).datasets.map(({ id, postgres }) => ({ id, postgres }));
	return {
		name: 'rehearse-pglite',
		configResolved(config) {
			ssrBuild = Boolean(config.build.ssr);
		},
		resolveId(id) {
			if (id === SNAPSHOT_MODULE) return resolved;
		},
		async load(id) {
			if (id !== resolved) return;
			return `export default ${JSON.stringify({ url: `/${snapshotPath(snapshotKey(await datasets()))}` })};`;
		},
		async generateBundle() {
			if (ssrBuild || this.environment?.config.consumer === 'server') return;
			const all = await datasets();
			this.emitFile({ type: 'asset', fileName: snapshotPath(snapshotKey(all)), source: await cachedSnapshot(all) });
		},
		configureServer(server) {
			server.middlewares.use(async (request, response, next) => {
				if (!request.url?.startsWith('/pglite/datasets.')) return next();
				try {
					const all = await datasets();
					if (request.url.split('?')[0] !== `/${snapshotPath(snapshotKey(all))}`) return next();
					response.setHeader('Content-Type', 'application/gzip');
					response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
					response.end(await cachedSnapshot(all));
				} catch (error) {
					next(error);
				}
			});
		}
	};
}
