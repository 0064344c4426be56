import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
		serviceWorker: { register: false }
	}
};

export default config;
