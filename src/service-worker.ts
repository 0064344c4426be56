/// <reference lib="webworker" />
// The service worker: precaches the app shell, the content bundle and the drill runtimes so the app
// starts and runs in airplane mode, and adds cross-origin isolation headers to what it serves, which
// Pyodide's interrupt buffer (SharedArrayBuffer) needs.
import { clientsClaim } from 'workbox-core';
import {
	addPlugins,
	cleanupOutdatedCaches,
	createHandlerBoundToURL,
	precacheAndRoute
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isolationHeaders } from '$lib/pwa/headers';

declare const self: ServiceWorkerGlobalScope;

/** Copies a response with our headers added. Responses from the Cache API are immutable. */
function withIsolationHeaders(response: Response): Response {
	if (response.type === 'opaque' || response.status === 0) return response;
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(isolationHeaders)) headers.set(name, value);
	return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

// The page asks for this only when the user accepts an update, between review sessions.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Take control of the page on first install so it works offline without a reload. An update still
// waits for SKIP_WAITING, so a new version never replaces the old one mid-review.
clientsClaim();
cleanupOutdatedCaches();

addPlugins([
	{
		cachedResponseWillBeUsed: async ({ cachedResponse }) =>
			cachedResponse ? withIsolationHeaders(cachedResponse) : cachedResponse
	}
]);
precacheAndRoute(self.__WB_MANIFEST);

// Every route is rendered on the client, so any navigation is answered by the precached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
