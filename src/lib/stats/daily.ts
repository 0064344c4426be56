// Reviews and time spent per study day, over the last few weeks, from the log's quarter-hour
// buckets (buckets.ts).
import { bucketList, eachInDays, tallyLog, type ReviewBucket } from './buckets';
import { daysEndingToday } from './days';
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
export function activityFrom(buckets: readonly ReviewBucket[], clock: StatsClock, length = ACTIVITY_DAYS): Activity {
	const days = daysEndingToday(clock, length);
	const counts = new Array<number>(length).fill(0);
	// Negative or missing durations (a clock change mid-answer) were left out when tallied.
	const durations = new Array<number>(length).fill(0);
	eachInDays(buckets, days, (bucket, day) => {
		counts[day] += bucket.reviews;
		durations[day] += bucket.durationMs;
	});
	return {
		days: days.map((day, index) => ({ key: day.key, reviews: counts[index], minutes: durations[index] / 60_000 })),
		reviews: counts.reduce((a, b) => a + b, 0),
		minutes: durations.reduce((a, b) => a + b, 0) / 60_000,
		activeDays: counts.filter((n) => n > 0).length
	};
}

/** The same from review rows. */
export function dailyActivity(reviews: readonly ReviewFact[], clock: StatsClock, length = ACTIVITY_DAYS): Activity {
	return activityFrom(bucketList(tallyLog(reviews)), clock, length);
}
