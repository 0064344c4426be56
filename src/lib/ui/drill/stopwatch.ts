// Time spent on a drill, counted only while the page is visible: a drill left in a background tab
// over lunch did not take an hour. Pure: every method takes `now`.

export class Stopwatch {
	#banked = 0;
	#since: number | null;

	constructor(now: number, running = true) {
		this.#since = running ? now : null;
	}

	get running(): boolean {
		return this.#since !== null;
	}

	pause(now: number): void {
		if (this.#since === null) return;
		this.#banked += Math.max(0, now - this.#since);
		this.#since = null;
	}

	resume(now: number): void {
		if (this.#since === null) this.#since = now;
	}

	elapsedMs(now: number): number {
		return this.#banked + (this.#since === null ? 0 : Math.max(0, now - this.#since));
	}
}

/** Minutes and seconds, as a stopwatch shows them. Example: `formatClock(65_400)` → "1:05". */
export function formatClock(ms: number): string {
	const total = Math.floor(Math.max(0, ms) / 1000);
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = String(total % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** "3.1 of 12.2 MB": megabytes with one decimal, the unit download bars use. */
export function formatDownload({ loadedBytes, totalBytes }: { loadedBytes: number; totalBytes: number }): string {
	const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
	return `${mb(loadedBytes)} of ${mb(totalBytes)} MB`;
}
