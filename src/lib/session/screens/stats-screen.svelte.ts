// The state behind /stats. Everything is read before the page shows, in parallel: cards and
// attempts for the overview, and the review log's stored quarter-hour buckets for the calendar,
// retention and time per day (db/stats.ts). Those buckets are checked against the log (a count of
// every review) only once the page is drawn, when the browser is idle; if they turn out wrong, they
// are rebuilt and the history charts redrawn. When there are no usable buckets, the overview draws
// first and the history follows their rebuild. See scripts/bench/stats-page.ts, which reads the
// performance marks set here.
import type { RehearseDb } from '$lib/db';
// By path: the stats reads stay out of the first screen's chunk (db/index.ts says why).
import {
	confirmReviewBuckets,
	itemLabels,
	loadReviewBuckets,
	loadStatsBasics,
	readReviewBuckets,
	type ItemLabel,
	type StoredBuckets
} from '$lib/db/stats';
import type { Settings } from '$lib/model';
import { computeHistory, computeOverview, retrievabilityUnder, type ReviewBucket, type StatsClock, type StatsHistory, type StatsOverview } from '$lib/stats';
import { schedulerSettingsOf } from '$lib/srs';
import { now, timezoneOffsetAt } from '$lib/clock';
import { byDeckOrder } from '../decks';
import { reportError } from '../report-error';
import { whenIdle } from '../after-paint';

export class StatsScreen {
	#db: RehearseDb;
	#clock: StatsClock;
	#overview: StatsOverview;
	#labels: Map<string, ItemLabel>;
	#targetRetention: number;
	#history = $state.raw<StatsHistory | null>(null);
	#historyError = $state<string | null>(null);

	private constructor(db: RehearseDb, clock: StatsClock, overview: StatsOverview, labels: Map<string, ItemLabel>, targetRetention: number) {
		this.#db = db;
		this.#clock = clock;
		this.#overview = overview;
		this.#labels = labels;
		this.#targetRetention = targetRetention;
	}

	/** Reads the overview and the stored history; confirms the history later, or rebuilds it now. */
	static async open(db: RehearseDb, settings: Settings): Promise<StatsScreen> {
		const clock: StatsClock = { now: now(), dayStartHour: settings.dayStartHour, tz: timezoneOffsetAt };
		const [basics, stored] = await Promise.all([loadStatsBasics(db), readReviewBuckets(db)]);
		const retrievabilityOf = retrievabilityUnder(schedulerSettingsOf(settings));
		const overview = computeOverview(
			{ ...basics, hasReviews: stored.state !== 'empty', retrievabilityOf, targetRetention: settings.desiredRetention },
			clock
		);
		overview.decks.sort(byDeckOrder);
		const labels = await itemLabels(db, overview.weakest.map((item) => item.itemId));
		const screen = new StatsScreen(db, clock, overview, labels, settings.desiredRetention);
		if (stored.state === 'unconfirmed') {
			screen.#chart(stored.cache.buckets);
			whenIdle(() => void screen.#confirm(stored));
		} else if (stored.state === 'stale') void screen.loadHistory();
		return screen;
	}

	get overview(): StatsOverview {
		return this.#overview;
	}

	/** Calendar, retention and time per day; null while tallied, and when there are no reviews to chart. */
	get history(): StatsHistory | null {
		return this.#history;
	}

	get historyError(): string | null {
		return this.#historyError;
	}

	get targetRetention(): number {
		return this.#targetRetention;
	}

	titleOf(itemId: string): string {
		return this.#labels.get(itemId)?.title ?? itemId;
	}

	deckIdOf(itemId: string): string {
		return this.#labels.get(itemId)?.deck ?? '';
	}

	/** Reads the review log's buckets, checked against the log (again, after a failure), and charts them. */
	async loadHistory(): Promise<void> {
		if (!this.#overview.hasReviews) return;
		this.#historyError = null;
		try {
			this.#chart(await loadReviewBuckets(this.#db, this.#clock.now));
		} catch (error) {
			this.#historyError = reportError(error, 'load');
		}
	}

	#chart(buckets: readonly ReviewBucket[]): void {
		performance.mark('rehearse:stats-loaded');
		const figures = computeHistory(buckets, this.#clock);
		performance.mark('rehearse:stats-computed');
		this.#history = figures;
	}

	/** Counts the log against the drawn buckets; charts the rebuilt ones if they were wrong. */
	async #confirm(stored: StoredBuckets & { state: 'unconfirmed' }): Promise<void> {
		try {
			const rebuilt = await confirmReviewBuckets(this.#db, stored, this.#clock.now);
			if (rebuilt) this.#chart(rebuilt);
		} catch (error) {
			this.#historyError = reportError(error, 'load');
		}
	}
}
