// True retention by week: of the reviews of cards already in long-term review, the share answered
// Good or Easy. Split into mature and young cards, as Anki's "true retention" does.
//
// Definitions (the review log stores each answer's phaseBefore but not the interval the card had):
// - A review counts when the card was in the 'review' phase before it; answers during learning
//   and relearning steps measure short-term memory and are left out.
// - The interval before a review is the time since the same card's previous review in the log,
//   found by walking the log oldest first. A review is MATURE when that interval is at least
//   21 days, YOUNG when shorter.
// - The log passed in may start at `logStart` rather than at the beginning of time (the page reads
//   the weeks shown plus 21 days, not the whole history). A 'review'-phase answer whose card has no
//   earlier review in it had its previous review before logStart: it is mature when logStart is at
//   least 21 days before the answer, and cannot be classified (so is left out) otherwise.
// - Passed means Good or Easy; Again and Hard count as not recalled.
import { dayIndexOf } from './days';
import { calendarWeeks } from './heatmap';
import { oldestFirst } from './review-order';
import type { ReviewFact, StatsClock } from './types';

export const MATURE_DAYS = 21;
export const RETENTION_WEEKS = 26;
const DAY = 86_400_000;

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

/** The first instant the review log must cover for `trueRetention` over these weeks to be exact. */
export function retentionLogStart(clock: StatsClock, weeks = RETENTION_WEEKS): number {
	return calendarWeeks(clock, weeks)[0].start - MATURE_DAYS * DAY;
}

/**
 * Weekly true retention for the `weeks` calendar weeks ending with the current one, from a log
 * that is complete from `logStart` on (oldest first, or it is sorted).
 */
export function trueRetention(
	reviews: readonly ReviewFact[],
	clock: StatsClock,
	{ weeks = RETENTION_WEEKS, logStart = -Infinity }: { weeks?: number; logStart?: number } = {}
): Retention {
	const days = calendarWeeks(clock, weeks);
	const tally = Array.from({ length: weeks }, () => ({ mature: 0, maturePassed: 0, young: 0, youngPassed: 0 }));
	const previousReview = new Map<string, number>();
	for (const review of oldestFirst(reviews)) {
		const previous = previousReview.get(review.cardId);
		previousReview.set(review.cardId, review.reviewedAt);
		if (review.phaseBefore !== 'review') continue;
		const index = dayIndexOf(days, review.reviewedAt);
		if (index < 0) continue;
		// With no earlier review in the log, the previous one was before logStart.
		const interval = review.reviewedAt - (previous ?? logStart);
		if (previous === undefined && interval < MATURE_DAYS * DAY) continue;
		const week = tally[Math.floor(index / 7)];
		const passed = review.grade >= 3 ? 1 : 0;
		if (interval >= MATURE_DAYS * DAY) {
			week.mature++;
			week.maturePassed += passed;
		} else {
			week.young++;
			week.youngPassed += passed;
		}
	}
	const weekRows = tally.map((week, index) => ({
		key: days[index * 7].key,
		mature: counts(week.mature, week.maturePassed),
		young: counts(week.young, week.youngPassed)
	}));
	const sum = (pick: (week: (typeof tally)[number]) => number) => tally.reduce((total, week) => total + pick(week), 0);
	return {
		weeks: weekRows,
		mature: counts(sum((w) => w.mature), sum((w) => w.maturePassed)),
		young: counts(sum((w) => w.young), sum((w) => w.youngPassed))
	};
}
