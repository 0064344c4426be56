// Review-log aggregates for the stats page: the log tallied into quarter-hour buckets, so the page
// can draw a year of history without reading 100,000 review rows. A quarter hour, not a day,
// because a study day's start depends on settings and time zone that may change after the fact:
// every real time-zone offset and day-start hour puts a day boundary on a quarter hour, so a bucket
// never straddles two study days, whichever ones they are. Pure.
//
// Every per-day figure of the page (heatmap, retention, time per day) is computed from buckets;
// a list of review rows is tallied first (tallyLog), so there is one definition of each figure.
import { dayIndexOf, type StudyDay } from './days';
import { oldestFirst } from './review-order';
import type { ReviewFact } from './types';

export const BUCKET_MS = 15 * 60_000;
/** A review-phase answer at least this long after the card's previous review is mature. */
export const MATURE_DAYS = 21;
const MATURE_MS = MATURE_DAYS * 86_400_000;

/** What happened in one quarter hour of the log. */
export interface ReviewBucket {
	/** The bucket's first instant (a multiple of BUCKET_MS). */
	start: number;
	reviews: number;
	/** Time spent answering; negative or missing durations add nothing. */
	durationMs: number;
	/** Review-phase answers whose previous review of the same card was ≥ 21 days before… */
	mature: number;
	/** …and how many of them were Good or Easy. */
	maturePassed: number;
	/** Review-phase answers with a shorter interval, and how many passed. */
	young: number;
	youngPassed: number;
}

/** The buckets as stored, with what identifies the log they were tallied from (db/stats.ts). */
export interface ReviewBucketCache {
	reviewCount: number;
	/** The newest review's time, and the ids of the reviews at exactly that time. */
	newestAt: number;
	idsAtNewest: string[];
	buckets: ReviewBucket[];
}

/** Buckets by start instant, while tallying. */
export type BucketTally = Map<number, ReviewBucket>;

export const emptyBucket = (start: number): ReviewBucket => ({ start, reviews: 0, durationMs: 0, mature: 0, maturePassed: 0, young: 0, youngPassed: 0 });

/**
 * Adds one answer. `previousAt` is when the same card was last reviewed before it (undefined when
 * this is its first review in the log): a review-phase answer without one cannot be classed as
 * mature or young and counts only as a review, as in trueRetention.
 */
export function tallyReview(tally: BucketTally, review: ReviewFact, previousAt: number | undefined): void {
	const start = Math.floor(review.reviewedAt / BUCKET_MS) * BUCKET_MS;
	let bucket = tally.get(start);
	if (!bucket) tally.set(start, (bucket = emptyBucket(start)));
	bucket.reviews++;
	if (Number.isFinite(review.durationMs) && review.durationMs > 0) bucket.durationMs += review.durationMs;
	if (review.phaseBefore !== 'review' || previousAt === undefined) return;
	const passed = review.grade >= 3 ? 1 : 0;
	if (review.reviewedAt - previousAt >= MATURE_MS) {
		bucket.mature++;
		bucket.maturePassed += passed;
	} else {
		bucket.young++;
		bucket.youngPassed += passed;
	}
}

/** Tallies a whole log (any order), each card's interval taken from its previous review in it. */
export function tallyLog(reviews: readonly ReviewFact[]): BucketTally {
	const tally: BucketTally = new Map();
	const previous = new Map<string, number>();
	for (const review of oldestFirst(reviews)) {
		tallyReview(tally, review, previous.get(review.cardId));
		previous.set(review.cardId, review.reviewedAt);
	}
	return tally;
}

/** The buckets in time order, for storing. */
export const bucketList = (tally: BucketTally): ReviewBucket[] => [...tally.values()].sort((a, b) => a.start - b.start);

/** Calls `add` with each bucket that falls in `days`, and the index of its day. */
export function eachInDays(buckets: readonly ReviewBucket[], days: readonly StudyDay[], add: (bucket: ReviewBucket, day: number) => void): void {
	for (const bucket of buckets) {
		const day = dayIndexOf(days, bucket.start);
		if (day >= 0) add(bucket, day);
	}
}
