// Wipe detection. The browser may evict IndexedDB (storage pressure, "clear site data", Safari's
// seven-day rule) and the app would then quietly start fresh. A small marker kept in Cache Storage,
// which is cleared separately and survives some of those wipes, remembers that history existed, so
// the app can say it is missing and offer a backup instead.

/** Its own cache: the service worker's cleanup only touches Workbox's precache caches. */
export const MARKER_CACHE = 'rehearse-marker';
/** A same-origin URL that is never fetched: only the cache key of the marker. */
const MARKER_URL = '/__rehearse/history-marker.json';

export interface HistoryMarker {
	/** When the first review stored here was made, epoch ms. */
	firstReviewAt: number;
	/** How many reviews were stored when the marker was last written. */
	reviewCount: number;
	writtenAt: number;
}

export interface HistorySummary {
	reviewCount: number;
	firstReviewAt: number | null;
}

/**
 * True when the marker says this browser had review history and the database now has none: it was
 * evicted or cleared. A marker that never counted a review proves nothing.
 */
export function historyWipeSuspected(marker: HistoryMarker | null, reviewCount: number): boolean {
	return marker !== null && marker.reviewCount > 0 && reviewCount === 0;
}

/** The marker to write for this history, or null when there is nothing worth remembering yet. */
export function markerFor(summary: HistorySummary, now: number): HistoryMarker | null {
	if (summary.reviewCount === 0 || summary.firstReviewAt === null) return null;
	return { firstReviewAt: summary.firstReviewAt, reviewCount: summary.reviewCount, writtenAt: now };
}

function isMarker(value: unknown): value is HistoryMarker {
	if (typeof value !== 'object' || value === null) return false;
	const m = value as Record<string, unknown>;
	return [m.firstReviewAt, m.reviewCount, m.writtenAt].every((v) => typeof v === 'number' && Number.isFinite(v));
}

/** Cache Storage is missing in some contexts (insecure origins, some private modes): no marker then. */
function available(): boolean {
	return typeof caches !== 'undefined';
}

/** The stored marker, or null when there is none, it is unreadable, or Cache Storage is unavailable. */
export async function readMarker(): Promise<HistoryMarker | null> {
	if (!available()) return null;
	try {
		const response = await (await caches.open(MARKER_CACHE)).match(MARKER_URL);
		const value: unknown = response ? await response.json() : null;
		return isMarker(value) ? value : null;
	} catch {
		return null;
	}
}

/** Stores the marker. Best effort: a failure here must never disturb studying. */
export async function writeMarker(marker: HistoryMarker): Promise<void> {
	if (!available()) return;
	try {
		const body = JSON.stringify(marker);
		await (await caches.open(MARKER_CACHE)).put(MARKER_URL, new Response(body, { headers: { 'Content-Type': 'application/json' } }));
	} catch {
		// Quota or a disabled cache: the app works without the marker, it only loses wipe detection.
	}
}

/** Forgets that history existed ("Start fresh"). */
export async function clearMarker(): Promise<void> {
	if (!available()) return;
	try {
		await caches.delete(MARKER_CACHE);
	} catch {
		// Nothing to forget.
	}
}
