import { describe, expect, it } from 'vitest';
import { dailyActivity } from './daily';
import { CLOCK, at, review } from './testing';

describe('dailyActivity', () => {
	it('sums answers and minutes per study day, oldest first', () => {
		const reviews = [
			review(at('2026-03-18T05:00:00Z'), { durationMs: 90_000 }),
			review(at('2026-03-18T06:00:00Z'), { durationMs: 30_000 }),
			review(at('2026-03-17T05:00:00Z'), { durationMs: -5 }), // a clock jump adds no time
			review(at('2026-03-01T05:00:00Z')) // outside three days
		];
		const activity = dailyActivity(reviews, CLOCK, 3);
		expect(activity.days).toEqual([
			{ key: '2026-03-16', reviews: 0, minutes: 0 },
			{ key: '2026-03-17', reviews: 1, minutes: 0 },
			{ key: '2026-03-18', reviews: 2, minutes: 2 }
		]);
		expect(activity).toMatchObject({ reviews: 3, minutes: 2, activeDays: 2 });
	});
});
