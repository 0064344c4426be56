// Everything the stats page shows, in two parts: the overview, from cards and attempts, and the
// history figures (calendar, retention, time per day), from the review log's quarter-hour buckets
// (buckets.ts). The buckets are usually stored and ready, so both parts draw at once; when they
// must be tallied from every row, the overview draws first.
import type { ReviewBucket } from './buckets';
import { activityFrom, type Activity } from './daily';
import { deckProgress, type DeckProgress } from './deck-progress';
import { drillSuccessByTopic, type TopicSuccess } from './drill-topics';
import { dueForecast, type Forecast } from './forecast';
import { heatmapFrom, type Heatmap } from './heatmap';
import { retentionFrom, type Retention } from './retention';
import type { AttemptFact, CardFact, StatsClock } from './types';
import { weakestItems, type RetrievabilityOf, type WeakItem } from './weakest';

export interface OverviewInput {
	/** Whether the log has any review (decides between the page and the "no reviews yet" state). */
	hasReviews: boolean;
	cards: readonly CardFact[];
	attempts: readonly AttemptFact[];
	/** Topics of the drills that have attempts. */
	topicsOf: ReadonlyMap<string, readonly string[]>;
	retrievabilityOf: RetrievabilityOf;
	/** The user's desired retention: items below it (or that have lapsed) count as weak. */
	targetRetention: number;
}

export interface StatsOverview {
	hasReviews: boolean;
	forecast: Forecast;
	decks: DeckProgress[];
	topics: TopicSuccess[];
	weakest: WeakItem[];
}

export function computeOverview(input: OverviewInput, clock: StatsClock): StatsOverview {
	return {
		hasReviews: input.hasReviews,
		forecast: dueForecast(input.cards, clock),
		decks: deckProgress(input.cards),
		topics: drillSuccessByTopic(input.attempts, input.topicsOf),
		weakest: weakestItems(input.cards, clock.now, input.retrievabilityOf, { below: input.targetRetention })
	};
}

export interface StatsHistory {
	heatmap: Heatmap;
	retention: Retention;
	activity: Activity;
}

/** From the whole log's buckets (db/stats.ts keeps them). */
export function computeHistory(buckets: readonly ReviewBucket[], clock: StatsClock): StatsHistory {
	return { heatmap: heatmapFrom(buckets, clock), retention: retentionFrom(buckets, clock), activity: activityFrom(buckets, clock) };
}
