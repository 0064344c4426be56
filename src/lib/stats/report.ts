// Everything the stats page shows, in two parts so the page can draw the first as soon as the
// cheap reads are in: the overview (cards, review times, attempts) and the history figures, which
// need whole review rows and so the slowest read.
import { dailyActivity, ACTIVITY_DAYS, type Activity } from './daily';
import { daysEndingToday, type StudyDay } from './days';
import { deckProgress, type DeckProgress } from './deck-progress';
import { drillSuccessByTopic, type TopicSuccess } from './drill-topics';
import { dueForecast, type Forecast } from './forecast';
import { calendarWeeks, reviewHeatmap, HEATMAP_WEEKS, type Heatmap } from './heatmap';
import { oldestFirst } from './review-order';
import { retentionLogStart, trueRetention, type Retention } from './retention';
import type { AttemptFact, CardFact, ReviewFact, StatsClock } from './types';
import { weakestItems, type RetrievabilityOf, type WeakItem } from './weakest';

/** What the loader must read: review counts for each calendar day, whole review rows from `rowsFrom`. */
export function statsWindow(clock: StatsClock): { calendarDays: StudyDay[]; rowsFrom: number } {
	return {
		calendarDays: calendarWeeks(clock, HEATMAP_WEEKS),
		rowsFrom: Math.min(retentionLogStart(clock), daysEndingToday(clock, ACTIVITY_DAYS)[0].start)
	};
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

/** From the review rows since `logStart` (statsWindow().rowsFrom), oldest first. */
export function computeHistory(reviews: readonly ReviewFact[], clock: StatsClock, logStart: number): StatsHistory {
	const ordered = oldestFirst(reviews);
	return { retention: trueRetention(ordered, clock, { logStart }), activity: dailyActivity(ordered, clock) };
}
