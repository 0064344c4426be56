// Keeps the wipe marker (pwa/history-marker.ts) up to date and tells Today when stored history has
// vanished. Writes are rare on purpose: at boot, after the first new review of this page's life, and
// when the page is hidden. Never on every answer: an answer must stay within a frame.
import { reviewHistorySummary, watch, type RehearseDb } from '$lib/db';
import { clearMarker, historyWipeSuspected, markerFor, readMarker, writeMarker, type HistorySummary } from '$lib/pwa/history-marker';
import { now } from '$lib/clock';

class HistoryGuard {
	/** The marker says this browser had review history, and the database now has none. */
	missing = $state(false);

	#db: RehearseDb | null = null;

	/** Called once the database is open. Never throws: wipe detection must not break the app. */
	async start(db: RehearseDb): Promise<void> {
		if (this.#db) return;
		this.#db = db;
		try {
			const [marker, summary] = await Promise.all([readMarker(), reviewHistorySummary(db)]);
			this.missing = historyWipeSuspected(marker, summary.reviewCount);
			await this.#write(summary);
			this.#watchFirstChange(db, summary.reviewCount);
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'hidden') void this.refresh();
			});
		} catch (error) {
			console.warn('History marker unavailable', error);
		}
	}

	/** Rewrites the marker from what is stored now (also after an import). */
	async refresh(): Promise<void> {
		if (!this.#db) return;
		try {
			await this.#write(await reviewHistorySummary(this.#db));
		} catch {
			// A closed or stale connection: the next boot writes the marker.
		}
	}

	/** "Start fresh": forget the lost history and hide the notice. */
	async startFresh(): Promise<void> {
		await clearMarker();
		this.missing = false;
	}

	async #write(summary: HistorySummary): Promise<void> {
		if (summary.reviewCount > 0) this.missing = false;
		const marker = markerFor(summary, now());
		if (marker) await writeMarker(marker);
	}

	/** Waits for the review count to change once (the session's first answer, or an import), then writes. */
	#watchFirstChange(db: RehearseDb, bootCount: number): void {
		const subscription = watch(() => db.reviews.count()).subscribe(
			(count) => {
				if (count === bootCount) return;
				subscription.unsubscribe();
				void this.refresh();
			},
			() => subscription.unsubscribe()
		);
	}
}

export const historyGuard = new HistoryGuard();
