// The state behind /stats. Two reads, so most of the page draws before the slower one: first
// cards, attempts and review counts per day (the overview, read before the page shows), then the
// review log's quarter-hour buckets for retention and time per day. The buckets are a cache of the
// log, tallied from every row only when it no longer matches (db/stats.ts); see
// scripts/bench/stats-page.ts, which reads the performance marks set here.
import type { RehearseDb } from '$lib/db';
// By path: the stats reads stay out of the first screen's chunk (db/index.ts says why).
import { itemLabels, loadReviewBuckets, loadStatsBasics, type ItemLabel } from '$lib/db/stats';
import type { Settings } from '$lib/model';
import { computeHistory, computeOverview, retrievabilityUnder, statsWindow, type StatsClock, type StatsHistory, type StatsOverview } from '$lib/stats';
import { schedulerSettingsOf } from '$lib/srs';
import { now, timezoneOffsetAt } from '$lib/clock';
import { byDeckOrder } from '../decks';
import { reportError } from '../report-error';

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

	/** Reads the overview, and starts reading the history behind it. */
	static async open(db: RehearseDb, settings: Settings): Promise<StatsScreen> {
		const clock: StatsClock = { now: now(), dayStartHour: settings.dayStartHour, tz: timezoneOffsetAt };
		const basics = await loadStatsBasics(db, statsWindow(clock).calendarDays);
		const retrievabilityOf = retrievabilityUnder(schedulerSettingsOf(settings));
		const overview = computeOverview({ ...basics, retrievabilityOf, targetRetention: settings.desiredRetention }, clock);
		overview.decks.sort(byDeckOrder);
		const labels = await itemLabels(db, overview.weakest.map((item) => item.itemId));
		const screen = new StatsScreen(db, clock, overview, labels, settings.desiredRetention);
		void screen.loadHistory();
		return screen;
	}

	get overview(): StatsOverview {
		return this.#overview;
	}

	/** Retention and time per day; null while read, and when there are no reviews to chart. */
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

	/** Reads the review log's buckets (again, after a failure) and charts them. */
	async loadHistory(): Promise<void> {
		if (this.#overview.reviewCount === 0) return;
		this.#historyError = null;
		try {
			const buckets = await loadReviewBuckets(this.#db, this.#clock.now);
			performance.mark('rehearse:stats-loaded');
			const figures = computeHistory(buckets, this.#clock);
			performance.mark('rehearse:stats-computed');
			this.#history = figures;
		} catch (error) {
			this.#historyError = reportError(error, 'load');
		}
	}
}
