// Serves Pyodide's runtime files at /pyodide/ in dev and emits them there in the client build, so
// Pyodide always loads from our own origin (and from the precache offline), never from a CDN.

import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/** Exactly what `loadPyodide({ indexURL })` fetches for the standard library with no extra wheels. */
export const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

/** The files Pyodide fetches itself (the .mjs are imported, which no fetch wrapper sees): the worker meters these. */
const FETCHED_FILES = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const;

const CONTENT_TYPES: Record<string, string> = {
	mjs: 'text/javascript',
	wasm: 'application/wasm',
	zip: 'application/zip',
	json: 'application/json'
};

function pyodideDir(): string {
	return dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));
}

/**
 * Add to vite.config.ts `plugins` (before sveltekit()). `base` is the URL folder, matching the
 * python runner's DEFAULT_INDEX_URL.
 */
export function pyodidePlugin({ base = 'pyodide' }: { base?: string } = {}): Plugin {
	const dir = pyodideDir();
	let ssrBuild = false;
	return {
		name: 'rehearse-pyodide',
		// Their sizes as built, for the first load's progress bar (python.worker.ts, download-meter.ts).
		config: () => ({
			define: { __PYODIDE_FETCHED_BYTES__: JSON.stringify(Object.fromEntries(FETCHED_FILES.map((file) => [file, statSync(join(dir, file)).size]))) }
		}),
		configResolved(config) {
			ssrBuild = Boolean(config.build.ssr);
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const path = req.url?.split('?')[0] ?? '';
				const file = PYODIDE_FILES.find((name) => path === `/${base}/${name}`);
				if (!file) return next();
				res.setHeader('Content-Type', CONTENT_TYPES[file.split('.').pop()!]);
				// Same-origin, but stated so the files load under COEP require-corp whatever the server config.
				res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
				res.setHeader('Cache-Control', 'no-cache');
				createReadStream(join(dir, file)).on('error', next).pipe(res);
			});
		},
		generateBundle() {
			// SvelteKit builds the server too; the runtime belongs only in the client output.
			if (ssrBuild || this.environment?.config.consumer === 'server') return;
			for (const file of PYODIDE_FILES) {
				this.emitFile({ type: 'asset', fileName: `${base}/${file}`, source: readFileSync(join(dir, file)) });
			}
		}
	};
}
