import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/lib/pwa/csp-directives.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere: no legacy reactive statements anywhere in the project.
		runes: true
	},
	kit: {
		// A single-page app: every route renders on the client from IndexedDB, so the one
		// fallback page serves any URL, online or offline, with nothing to hydrate.
		adapter: adapter({ fallback: 'index.html' }),
		// The PWA plugin builds and registers our service worker; SvelteKit's own would compete.
		serviceWorker: { register: false },
		// The page's Content-Security-Policy <meta>, with the hash of the inline boot script SvelteKit
		// writes into the fallback page. The service worker and serve.ts send it as a header too.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
