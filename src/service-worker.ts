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
import { withConnectOrigin } from '$lib/pwa/csp';
import { readSyncOrigin } from '$lib/pwa/sync-origin';
import { PRECACHE_PROGRESS, type PrecacheProgress } from '$lib/pwa/offline-progress';
import { isPythonRequest, PYTHON_PATH, type PythonProgress } from '$lib/pwa/python-download';
import { PythonRuntimeCache } from '$lib/pwa/python-cache';

declare const self: ServiceWorkerGlobalScope;

/**
 * Copies a response with our headers added (cross-origin isolation and the CSP); responses from the
 * Cache API are immutable. A page is read as text so its header policy can copy its own <meta>,
 * after the <meta> itself allows the sync server when sync is on (and only then): see csp.ts.
 */
async function withSecurityHeaders(response: Response): Promise<Response> {
	if (response.type === 'opaque' || response.status === 0) return response;
	const isPage = response.headers.get('Content-Type')?.startsWith('text/html') ?? false;
	const body = isPage ? withConnectOrigin(await response.text(), await readSyncOrigin()) : response.body;
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(securityHeaders(typeof body === 'string' ? body : null))) headers.set(name, value);
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

// The page asks for this only when the user accepts an update, between review sessions.
self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
	if (isPythonRequest(event.data)) {
		const source = event.source as Client | null;
		const tell = (progress: PythonProgress) => source?.postMessage(progress);
		event.waitUntil(event.data.action === 'download' ? python.download(tell) : python.status().then(tell));
	}
});

// Take control of the page on first install so it works offline without a reload. An update still
// waits for SKIP_WAITING, so a new version never replaces the old one mid-review.
clientsClaim();
// Deletes only Workbox's own outdated precaches: the wipe marker's cache (pwa/history-marker.ts) must
// survive updates, and it does.
cleanupOutdatedCaches();

/**
 * Each built file's size by path, written over this placeholder after the build
 * (scripts/precache-sizes.ts): Workbox's manifest carries no sizes. "/" is the shell, index.html.
 */
// Read through a global so the minifier cannot fold the unreplaced placeholder away before the script runs.
const SIZES_JSON: string = (self as { rehearseSizes?: string }).rehearseSizes ?? '__REHEARSE_PRECACHE_SIZES__';
const BUILT_SIZES: Record<string, number> = JSON.parse(SIZES_JSON.startsWith('{') ? SIZES_JSON : '{}');
const pathOf = (url: string) => new URL(url, self.location.href).pathname;
const sizeOf = (path: string) => BUILT_SIZES[path === '/' ? '/index.html' : path] ?? 0;
const entries = self.__WB_MANIFEST.map((entry) => (typeof entry === 'string' ? { url: entry, revision: null } : entry));

// The Python runtime is not precached with the app: the page asks for it (at once, or at the first
// Python drill on a metered connection), and it lives in a cache of its own named by its revisions.
const isPython = (entry: { url: string }) => pathOf(entry.url).startsWith(PYTHON_PATH);
const manifest = entries.filter((entry) => !isPython(entry));
const python = new PythonRuntimeCache(
	entries.filter(isPython).map((entry) => ({ path: pathOf(entry.url), bytes: sizeOf(pathOf(entry.url)) })),
	entries.filter(isPython).map((entry) => `${pathOf(entry.url)}@${entry.revision ?? ''}`),
	() => void python.status().then(tellEveryPage)
);

async function tellEveryPage(message: PythonProgress): Promise<void> {
	for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage(message);
}

const bytesOf = new Map(manifest.map((entry) => [pathOf(entry.url), sizeOf(pathOf(entry.url))]));
const totalBytes = [...bytesOf.values()].reduce((sum, bytes) => sum + bytes, 0);

/**
 * Tells every open page how much of the offline download is stored, during install. Files a
 * previous, interrupted install already stored count at once (Workbox does not fetch them again),
 * so a reload mid-download picks up where it was. At most a few messages a second.
 */
const progress = { stored: new Set<string>(), bytes: 0, sentAt: 0 };
async function reportStored(url: string): Promise<void> {
	const path = pathOf(url);
	if (progress.stored.has(path) || !bytesOf.has(path)) return;
	progress.stored.add(path);
	progress.bytes += bytesOf.get(path)!;
	const last = progress.stored.size === bytesOf.size;
	if (!last && Date.now() - progress.sentAt < 250) return;
	progress.sentAt = Date.now();
	const message: PrecacheProgress = { type: PRECACHE_PROGRESS, bytes: progress.bytes, total: totalBytes };
	for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

addPlugins([
	{
		cachedResponseWillBeUsed: async ({ cachedResponse }) =>
			cachedResponse ? withSecurityHeaders(cachedResponse) : cachedResponse
	},
	{
		handlerDidComplete: async ({ request, event, error }) => {
			if (event?.type === 'install' && !error) await reportStored(request.url);
		}
	}
]);
precacheAndRoute(manifest);

self.addEventListener('activate', (event) => event.waitUntil(python.dropOutdated()));
registerRoute(
	({ url }) => url.origin === self.location.origin && python.owns(url.pathname),
	async ({ request }) => withSecurityHeaders(await python.respond(request))
);

// Every route is rendered on the client, so any navigation is answered by the precached shell.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));
