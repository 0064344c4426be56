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
import { securityHeaders } from '$lib/pwa/headers';

declare const self: ServiceWorkerGlobalScope;

/**
 * Copies a response with our headers added (cross-origin isolation and the CSP); responses from the
 * Cache API are immutable. A page is read as text so its header policy can copy its own <meta>.
 */
async function withSecurityHeaders(response: Response): Promise<Response> {
	if (response.type === 'opaque' || response.status === 0) return response;
	const isPage = response.headers.get('Content-Type')?.startsWith('text/html') ?? false;
	const body = isPage ? await response.text() : response.body;
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(securityHeaders(typeof body === 'string' ? body : null))) headers.set(name, value);
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

// The page asks for this only when the user accepts an update, between review sessions.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Take control of the page on first install so it works offline without a reload. An update still
// waits for SKIP_WAITING, so a new version never replaces the old one mid-review.
clientsClaim();
// Deletes only Workbox's own outdated precaches: the wipe marker's cache (pwa/history-marker.ts) must
// survive updates, and it does.
cleanupOutdatedCaches();

addPlugins([
	{
		cachedResponseWillBeUsed: async ({ cachedResponse }) =>
			cachedResponse ? withSecurityHeaders(cachedResponse) : cachedResponse
	}
]);
precacheAndRoute(self.__WB_MANIFEST);

// Every route is rendered on the client, so any navigation is answered by the precached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
