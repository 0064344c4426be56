// True retention by week: of the reviews of cards already in long-term review, the share answered
// Good or Easy. Split into mature and young cards, as Anki's "true retention" does.
//
// Definitions (the review log stores each answer's phaseBefore but not the interval the card had):
// - A review counts when the card was in the 'review' phase before it; answers during learning
//   and relearning steps measure short-term memory and are left out.
// - The interval before a review is the time since the same card's previous review in the log.
//   A review is MATURE when that interval is at least 21 days, YOUNG when shorter. A review-phase
//   answer with no earlier review in the log (a card whose history was not kept) is left out.
// - Passed means Good or Easy; Again and Hard count as not recalled.
// The classification happens once, as answers are tallied into quarter-hour buckets (buckets.ts).
import { bucketList, eachInDays, emptyBucket, tallyLog, type ReviewBucket } from './buckets';
import { calendarWeeks } from './heatmap';
import type { ReviewFact, StatsClock } from './types';
import { DAY } from '$lib/model';

export { MATURE_DAYS } from './buckets';
export const RETENTION_WEEKS = 26;

export interface RetentionCounts {
	reviews: number;
	passed: number;
	/** passed / reviews, or null when there were no reviews. */
	rate: number | null;
}

export interface RetentionWeek {
	/** The Monday the week began on, "2025-03-03". */
	key: string;
	mature: RetentionCounts;
	young: RetentionCounts;
}

export interface Retention {
	weeks: RetentionWeek[];
	/** Over every week shown. */
	mature: RetentionCounts;
	young: RetentionCounts;
}

const counts = (reviews: number, passed: number): RetentionCounts => ({
	reviews,
	passed,
	rate: reviews ? passed / reviews : null
});

/** Weekly true retention for the `weeks` calendar weeks ending with the current one, from the log's buckets. */
export function retentionFrom(buckets: readonly ReviewBucket[], clock: StatsClock, weeks = RETENTION_WEEKS): Retention {
	const days = calendarWeeks(clock, weeks);
	const tally = Array.from({ length: weeks }, () => emptyBucket(0));
	eachInDays(buckets, days, (bucket, day) => {
		const week = tally[Math.floor(day / 7)];
		week.mature += bucket.mature;
		week.maturePassed += bucket.maturePassed;
		week.young += bucket.young;
		week.youngPassed += bucket.youngPassed;
	});
	const sum = (pick: (week: ReviewBucket) => number) => tally.reduce((total, week) => total + pick(week), 0);
	return {
		weeks: tally.map((week, index) => ({
			key: days[index * 7].key,
			mature: counts(week.mature, week.maturePassed),
			young: counts(week.young, week.youngPassed)
		})),
		mature: counts(sum((w) => w.mature), sum((w) => w.maturePassed)),
		young: counts(sum((w) => w.young), sum((w) => w.youngPassed))
	};
}

/** The same from review rows (any order): the whole log, or every row the figures depend on. */
export function trueRetention(reviews: readonly ReviewFact[], clock: StatsClock, { weeks = RETENTION_WEEKS }: { weeks?: number } = {}): Retention {
	return retentionFrom(bucketList(tallyLog(reviews)), clock, weeks);
}
