// Reviews and time spent per study day, over the last few weeks.
import { dayIndexOf, daysEndingToday } from './days';
import type { ReviewFact, StatsClock } from './types';

export interface DailyActivity {
	key: string;
	reviews: number;
	/** Time spent answering, in minutes (from each review's durationMs). */
	minutes: number;
}

export interface Activity {
	days: DailyActivity[];
	reviews: number;
	minutes: number;
	/** Days with at least one review. */
	activeDays: number;
}

export const ACTIVITY_DAYS = 30;

/** Answers and minutes per study day for the `length` days ending today, oldest first. */
export function dailyActivity(reviews: readonly ReviewFact[], clock: StatsClock, length = ACTIVITY_DAYS): Activity {
	const days = daysEndingToday(clock, length);
	const counts = new Array<number>(length).fill(0);
	const durations = new Array<number>(length).fill(0);
	for (const review of reviews) {
		const index = dayIndexOf(days, review.reviewedAt);
		if (index < 0) continue;
		counts[index]++;
		// A negative or missing duration (a clock change mid-answer) adds nothing rather than subtracting.
		durations[index] += Number.isFinite(review.durationMs) && review.durationMs > 0 ? review.durationMs : 0;
	}
	const rows = days.map((day, index) => ({ key: day.key, reviews: counts[index], minutes: durations[index] / 60_000 }));
	return {
		days: rows,
		reviews: counts.reduce((a, b) => a + b, 0),
		minutes: durations.reduce((a, b) => a + b, 0) / 60_000,
		activeDays: counts.filter((n) => n > 0).length
	};
}
