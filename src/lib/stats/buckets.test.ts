import { describe, expect, it } from 'vitest';
import { BUCKET_MS, bucketList, tallyLog, tallyReview, type BucketTally } from './buckets';
import { calendarWeeks } from './heatmap';
import { dayIndexOf, daysEndingToday } from './days';
import { dailyActivity } from './daily';
import { trueRetention } from './retention';
import { CLOCK, DAY, NOW, review } from './testing';
import type { CardPhase, Grade } from '$lib/model';
import type { ReviewFact, StatsClock } from './types';

/** A seeded generator, so a failing log can be reproduced. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
		return state / 2_147_483_648;
	};
}

const PHASES: CardPhase[] = ['new', 'learning', 'review', 'relearning'];

/** A year of answers to 40 cards at any minute of the day, durations sometimes missing or negative. */
function randomLog(seed: number, count: number): ReviewFact[] {
	const next = random(seed);
	return Array.from({ length: count }, () => ({
		cardId: `card-${Math.floor(next() * 40)}`,
		grade: (1 + Math.floor(next() * 4)) as Grade,
		reviewedAt: NOW - Math.floor(next() * 400 * DAY),
		phaseBefore: PHASES[Math.floor(next() * 4)],
		durationMs: next() < 0.05 ? -5_000 : Math.floor(next() * 60_000)
	}));
}

/** The definitions, computed row by row without buckets: the oracle the buckets must agree with. */
function rowByRow(log: readonly ReviewFact[], clock: StatsClock) {
	const weeks = calendarWeeks(clock, 26);
	const weekly = Array.from({ length: 26 }, () => ({ mature: 0, maturePassed: 0, young: 0, youngPassed: 0 }));
	const last = new Map<string, number>();
	for (const r of [...log].sort((a, b) => a.reviewedAt - b.reviewedAt)) {
		const previous = last.get(r.cardId);
		last.set(r.cardId, r.reviewedAt);
		const day = dayIndexOf(weeks, r.reviewedAt);
		if (r.phaseBefore !== 'review' || previous === undefined || day < 0) continue;
		const week = weekly[Math.floor(day / 7)];
		const passed = r.grade >= 3 ? 1 : 0;
		if (r.reviewedAt - previous >= 21 * DAY) (week.mature++, (week.maturePassed += passed));
		else (week.young++, (week.youngPassed += passed));
	}
	const days = daysEndingToday(clock, 30);
	const perDay = days.map(() => ({ reviews: 0, ms: 0 }));
	for (const r of log) {
		const day = dayIndexOf(days, r.reviewedAt);
		if (day < 0) continue;
		perDay[day].reviews++;
		if (r.durationMs > 0) perDay[day].ms += r.durationMs;
	}
	return { weekly, perDay };
}

const CLOCKS: [string, StatsClock][] = [
	['UTC, day from 04:00', CLOCK],
	['India (UTC+05:30), day from 03:00', { now: NOW, dayStartHour: 3, tz: -330 }],
	['Nepal (UTC+05:45), day from 00:00', { now: NOW, dayStartHour: 0, tz: -345 }],
	['New York with DST, day from 04:00', { now: NOW, dayStartHour: 4, tz: (at) => (at >= Date.parse('2026-03-08T07:00:00Z') ? 240 : 300) }]
];

describe('figures from buckets agree with the definitions applied row by row', () => {
	for (const [name, clock] of CLOCKS) {
		it(`for a random year of answers, ${name}`, () => {
			for (const seed of [1, 2, 3]) {
				const log = randomLog(seed, 3_000);
				const buckets = bucketList(tallyLog(log));
				const oracle = rowByRow(log, clock);
				const retention = trueRetention(log, clock);
				expect(retention.weeks.map((w) => [w.mature.reviews, w.mature.passed, w.young.reviews, w.young.passed])).toEqual(
					oracle.weekly.map((w) => [w.mature, w.maturePassed, w.young, w.youngPassed])
				);
				const activity = dailyActivity(log, clock);
				expect(activity.days.map((d) => d.reviews)).toEqual(oracle.perDay.map((d) => d.reviews));
				activity.days.forEach((day, i) => expect(day.minutes).toBeCloseTo(oracle.perDay[i].ms / 60_000, 9));
			}
		});
	}
});

describe('tallyReview', () => {
	it('puts an answer in the quarter hour it began in, and adds up each part', () => {
		const tally: BucketTally = new Map();
		const start = Math.floor(NOW / BUCKET_MS) * BUCKET_MS;
		tallyReview(tally, review(start + 1, { grade: 4, durationMs: 2_000 }), start - 30 * DAY);
		tallyReview(tally, review(start + BUCKET_MS - 1, { grade: 1, durationMs: -1 }), start - 2 * DAY);
		tallyReview(tally, review(start + BUCKET_MS, { phaseBefore: 'learning' }), start - DAY);
		expect(bucketList(tally)).toEqual([
			{ start, reviews: 2, durationMs: 2_000, mature: 1, maturePassed: 1, young: 1, youngPassed: 0 },
			{ start: start + BUCKET_MS, reviews: 1, durationMs: 10_000, mature: 0, maturePassed: 0, young: 0, youngPassed: 0 }
		]);
	});

	it('counts a review-phase answer with no earlier review as a review only', () => {
		const tally: BucketTally = new Map();
		tallyReview(tally, review(NOW), undefined);
		expect(bucketList(tally)).toMatchObject([{ reviews: 1, mature: 0, young: 0 }]);
	});

	it('gives the same tally whatever order the log comes in', () => {
		const log = randomLog(7, 500);
		expect(bucketList(tallyLog([...log].reverse()))).toEqual(bucketList(tallyLog(log)));
	});
});
