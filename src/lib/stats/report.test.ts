import { describe, expect, it } from 'vitest';
import { computeHistory, computeOverview } from './report';
import { bucketList, tallyLog } from './buckets';
import { CLOCK, DAY, NOW, at, card, review } from './testing';

const overviewOf = (fields: Partial<Parameters<typeof computeOverview>[0]>) =>
	computeOverview(
		{ hasReviews: false, cards: [], attempts: [], topicsOf: new Map(), retrievabilityOf: () => 0, targetRetention: 0.9, ...fields },
		CLOCK
	);

describe('stats report', () => {
	it('gives a new user empty, well-formed figures', () => {
		const overview = overviewOf({ cards: [card({ phase: 'new', lastReview: null })] });
		expect(overview.forecast.total).toBe(0);
		expect(overview.forecast.days).toHaveLength(30);
		expect(overview.decks).toEqual([{ deck: 'sql', new: 1, learning: 0, young: 0, mature: 0, total: 1 }]);
		expect(overview.weakest).toEqual([]);
		const history = computeHistory([], CLOCK);
		expect(history.heatmap.total).toBe(0);
		expect(history.activity.days).toHaveLength(30);
		expect(history.retention.mature.rate).toBeNull();
	});

	it('draws the calendar over 26 calendar weeks ending today', () => {
		// 26 weeks ending Wednesday 18 March 2026 start on Monday 22 September 2025.
		const { heatmap } = computeHistory(bucketList(tallyLog([review(at('2025-09-22T04:00:00Z')), review(at('2025-09-22T03:59:00Z'))])), CLOCK);
		expect(heatmap.days[0]).toMatchObject({ key: '2025-09-22', count: 1 });
		expect(heatmap.days).toHaveLength(25 * 7 + 3);
		expect(heatmap.total).toBe(1);
	});

	it('computes every figure over 10,000 cards and 100,000 reviews', () => {
		const cards = Array.from({ length: 10_000 }, (_, i) =>
			card({ id: `c${i}`, itemId: `i${i}`, deck: `d${i % 4}`, due: NOW + (i % 40) * DAY, lapses: i % 5 })
		);
		const reviews = Array.from({ length: 100_000 }, (_, i) =>
			review(NOW - 150 * DAY + Math.floor((i / 100_000) * 150 * DAY), { cardId: `c${i % 10_000}`, grade: ((i % 4) + 1) as 1 })
		);
		const overview = overviewOf({ hasReviews: true, cards, retrievabilityOf: () => 0.5 });
		const history = computeHistory(bucketList(tallyLog(reviews)), CLOCK);
		// Speed is the bench's job (npm run bench: /stats with 100,000 reviews); here, the totals.
		expect(history.heatmap.total).toBe(100_000);
		expect(overview.forecast.total).toBeGreaterThan(0);
		expect(history.activity.reviews).toBe(reviews.filter((r) => r.reviewedAt >= NOW - 29 * DAY - 8 * 3_600_000).length);
		expect(history.retention.young.reviews + history.retention.mature.reviews).toBeGreaterThan(50_000);
	});
});
