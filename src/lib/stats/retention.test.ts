import { describe, expect, it } from 'vitest';
import { trueRetention } from './retention';
import { CLOCK, DAY, at, review } from './testing';

const weekOf = (key: string, result: ReturnType<typeof trueRetention>) => result.weeks.find((w) => w.key === key)!;

describe('trueRetention', () => {
	it('splits reviews into mature and young by the time since the same card last came up', () => {
		const t = at('2026-03-17T10:00:00Z'); // this week (Monday 16 March)
		const reviews = [
			// Card a: reviewed 30 days earlier → mature; Good passes.
			review(t - 30 * DAY, { cardId: 'a', phaseBefore: 'new' }),
			review(t, { cardId: 'a', grade: 3 }),
			// Card b: 21 days exactly → mature; Hard does not pass.
			review(t - 21 * DAY, { cardId: 'b', phaseBefore: 'new' }),
			review(t, { cardId: 'b', grade: 2 }),
			// Card c: 5 days → young; Easy passes.
			review(t - 5 * DAY, { cardId: 'c', phaseBefore: 'new' }),
			review(t, { cardId: 'c', grade: 4 })
		];
		const week = weekOf('2026-03-16', trueRetention(reviews, CLOCK, { weeks: 2 }));
		expect(week.mature).toEqual({ reviews: 2, passed: 1, rate: 0.5 });
		expect(week.young).toEqual({ reviews: 1, passed: 1, rate: 1 });
	});

	it('leaves out answers given during learning or relearning steps', () => {
		const t = at('2026-03-17T10:00:00Z');
		const reviews = [
			review(t - 40 * DAY, { cardId: 'a', phaseBefore: 'new' }),
			review(t - 1 * DAY, { cardId: 'a', phaseBefore: 'relearning', grade: 1 })
		];
		const result = trueRetention(reviews, CLOCK, { weeks: 2 });
		expect(result.mature.reviews + result.young.reviews).toBe(0);
		expect(result.mature.rate).toBeNull();
	});

	it('leaves out a review-phase answer whose earlier reviews are not in the log', () => {
		const t = at('2026-03-17T10:00:00Z');
		const orphan = trueRetention([review(t, { cardId: 'a', grade: 4 })], CLOCK, { weeks: 2 });
		expect(orphan.mature.reviews + orphan.young.reviews).toBe(0);
	});

	it('buckets by Monday-based week and totals the weeks shown, whatever the input order', () => {
		const reviews = [
			review(at('2026-03-10T10:00:00Z'), { cardId: 'a', grade: 1 }), // week of 9 March, 30 days after
			review(at('2026-02-08T10:00:00Z'), { cardId: 'a', phaseBefore: 'new' }),
			review(at('2026-03-16T10:00:00Z'), { cardId: 'a', grade: 3 }) // week of 16 March, 6 days after
		];
		const result = trueRetention(reviews, CLOCK, { weeks: 2 });
		expect(result.weeks.map((w) => w.key)).toEqual(['2026-03-09', '2026-03-16']);
		expect(weekOf('2026-03-09', result).mature).toEqual({ reviews: 1, passed: 0, rate: 0 });
		expect(weekOf('2026-03-16', result).young).toEqual({ reviews: 1, passed: 1, rate: 1 });
		expect(result.mature.reviews).toBe(1);
		expect(result.young.reviews).toBe(1);
	});
});
