import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './src/lib/content/vite-plugin.ts';
import { pyodidePlugin } from './src/lib/runners/vite-plugin-pyodide.ts';
import { pglitePlugin } from './src/lib/runners/vite-plugin-pglite.ts';
import { isolationHeaders } from './src/lib/pwa/headers.ts';
import { webManifest } from './src/lib/pwa/manifest.ts';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const content = contentPlugin();

/**
 * The pure layers and the repositories run nothing when imported: they only define functions,
 * classes and constant tables (workers excepted). Said to the bundler, it may skip an import whose
 * bindings are unused. Without it, a module the first screen never calls is kept in its chunk when
 * the db's index re-exports it and anything below it counts as a side effect (Dexie, a table of
 * synonyms): sync's bookkeeping, and FSRS behind it, were loaded by every Today.
 */
const PURE_ON_IMPORT = /\/src\/lib\/(db|model|drills|srs|content)\/(?!.*\.worker\.ts$)[^?]*\.ts$/;

export default defineConfig({
	define: { __APP_VERSION__: JSON.stringify(version) },
	plugins: [
		content,
		pglitePlugin(content.api.bundle),
		pyodidePlugin(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'service-worker.ts',
			// Absolute: SvelteKit's relative asset paths would otherwise register the worker relative
			// to whatever page the app was opened on (/practice/service-worker.js).
			base: '/',
			scope: '/',
			// Updates are offered, never forced: the app decides when to apply them (between sessions).
			registerType: 'prompt',
			// Registered from the root layout through the virtual module; the injected script did not
			// register in our pages.
			injectRegister: false,
			manifest: webManifest,
			injectManifest: {
				// Runtimes (sql.js wasm, Pyodide's wasm/mjs/zip) and the content bundle are precached too:
				// the app must work in airplane mode from the first offline start.
				// PGlite: its wasm, its file system bundle (.data) and the datasets' snapshot (.tgz).
				globPatterns: ['client/**/*.{js,mjs,css,ico,png,svg,webp,woff2,webmanifest,wasm,zip,json,sql,data,tgz}'],
				globIgnores: ['server/**', 'client/_app/version.json'],
				// Pyodide's wasm is ~10 MB; Workbox skips anything over 2 MiB by default.
				maximumFileSizeToCacheInBytes: 16 * 1024 * 1024
			},
			kit: { adapterFallback: 'index.html', spa: true }
		})
	],
	build: { rolldownOptions: { treeshake: { moduleSideEffects: [{ test: PURE_ON_IMPORT, sideEffects: false }] } } },
	server: { headers: isolationHeaders },
	preview: { headers: isolationHeaders },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20_000
	}
});
