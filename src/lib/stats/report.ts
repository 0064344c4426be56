// Everything the stats page shows, in two parts so the page can draw the first as soon as the
// cheap reads are in: the overview (cards, review counts per day, attempts) and the history
// figures, computed from the review log's quarter-hour buckets (buckets.ts), which may have to be
// tallied from every row once.
import type { ReviewBucket } from './buckets';
import { activityFrom, type Activity } from './daily';
import type { StudyDay } from './days';
import { deckProgress, type DeckProgress } from './deck-progress';
import { drillSuccessByTopic, type TopicSuccess } from './drill-topics';
import { dueForecast, type Forecast } from './forecast';
import { calendarWeeks, reviewHeatmap, HEATMAP_WEEKS, type Heatmap } from './heatmap';
import { retentionFrom, type Retention } from './retention';
import type { AttemptFact, CardFact, StatsClock } from './types';
import { weakestItems, type RetrievabilityOf, type WeakItem } from './weakest';

/** The days the loader counts reviews on, for the overview's heatmap. */
export function statsWindow(clock: StatsClock): { calendarDays: StudyDay[] } {
	return { calendarDays: calendarWeeks(clock, HEATMAP_WEEKS) };
}

export interface OverviewInput {
	/** Every review ever (decides between the page and the "no reviews yet" state). */
	reviewCount: number;
	/** Reviews on each of statsWindow().calendarDays. */
	reviewsPerDay: readonly number[];
	cards: readonly CardFact[];
	attempts: readonly AttemptFact[];
	/** Topics of the drills that have attempts. */
	topicsOf: ReadonlyMap<string, readonly string[]>;
	retrievabilityOf: RetrievabilityOf;
	/** The user's desired retention: items below it (or that have lapsed) count as weak. */
	targetRetention: number;
}

export interface StatsOverview {
	reviewCount: number;
	heatmap: Heatmap;
	forecast: Forecast;
	decks: DeckProgress[];
	topics: TopicSuccess[];
	weakest: WeakItem[];
}

export function computeOverview(input: OverviewInput, clock: StatsClock): StatsOverview {
	return {
		reviewCount: input.reviewCount,
		heatmap: reviewHeatmap(input.reviewsPerDay, clock),
		forecast: dueForecast(input.cards, clock),
		decks: deckProgress(input.cards),
		topics: drillSuccessByTopic(input.attempts, input.topicsOf),
		weakest: weakestItems(input.cards, clock.now, input.retrievabilityOf, { below: input.targetRetention })
	};
}

export interface StatsHistory {
	retention: Retention;
	activity: Activity;
}

/** From the whole log's buckets (db/stats.ts keeps them). */
export function computeHistory(buckets: readonly ReviewBucket[], clock: StatsClock): StatsHistory {
	return { retention: retentionFrom(buckets, clock), activity: activityFrom(buckets, clock) };
}
