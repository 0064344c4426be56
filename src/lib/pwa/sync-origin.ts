// The one origin the Content-Security-Policy lets the app connect to besides its own: the sync
// server's, while sync is on. The page keeps it in Cache Storage, where the service worker reads it
// for every page it serves (csp.ts withConnectOrigin), so the header and the page's <meta> policy
// both name it. A policy is fixed when a page loads: turning sync on or off takes effect at the
// next load, which Settings does at once.
import { connectOriginsOf, isPlainOrigin } from './csp';

const CACHE = 'rehearse-sync-origin';
/** A same-origin URL that is never fetched: only the cache key. */
const KEY = '/__rehearse/sync-origin.txt';

/** The origin the service worker should allow, or null when sync is off (also when unreadable). */
export async function readSyncOrigin(): Promise<string | null> {
	if (typeof caches === 'undefined') return null;
	try {
		const response = await (await caches.open(CACHE)).match(KEY);
		const origin = response ? (await response.text()).trim() : '';
		return isPlainOrigin(origin) ? origin : null;
	} catch {
		return null;
	}
}

/** Tells the service worker which origin to allow from the next page load on; null: none. */
export async function storeSyncOrigin(origin: string | null): Promise<void> {
	if (typeof caches === 'undefined') return;
	if (origin === null) {
		await caches.delete(CACHE);
		return;
	}
	if (!isPlainOrigin(origin)) throw new Error(`Not a server origin: ${origin}`);
	await (await caches.open(CACHE)).put(KEY, new Response(origin, { headers: { 'Content-Type': 'text/plain' } }));
}

/** Whether the policy this page was loaded with lets it connect to `origin`. */
export function pageMayConnectTo(origin: string): boolean {
	const meta = document.querySelector<HTMLMetaElement>('meta[http-equiv="content-security-policy"]')?.content;
	// No <meta> (the dev server): nothing restricts connections in the page.
	if (!meta) return true;
	return connectOriginsOf(meta).includes(origin);
}
