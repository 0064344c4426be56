// The message the service worker posts while it stores the app for offline use (service-worker.ts).
export const PRECACHE_PROGRESS = 'rehearse:precache-progress';

export interface PrecacheProgress {
	type: typeof PRECACHE_PROGRESS;
	/** Bytes stored so far and in all (uncompressed, as kept on the device). */
	bytes: number;
	total: number;
}

export const isPrecacheProgress = (data: unknown): data is PrecacheProgress =>
	typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PRECACHE_PROGRESS;

/** "3.1 of 8.2 MB" (decimal megabytes, one place). */
export function megabytes(bytes: number, total: number): string {
	const mb = (n: number) => (n / 1_000_000).toFixed(1);
	return `${mb(bytes)} of ${mb(total)} MB`;
}
