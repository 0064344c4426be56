import { describe, expect, it } from 'vitest';
import { retrievabilityUnder } from './retrievability';
import { weakestItems } from './weakest';
import { DAY, NOW, card } from './testing';
import { schedulerSettings } from '$lib/model';

const settings = schedulerSettings();
const recall = retrievabilityUnder(settings);

describe('retrievabilityUnder', () => {
	it('follows the FSRS forgetting curve: 0.9 when the elapsed days equal the stability', () => {
		expect(recall(card({ stability: 10, lastReview: NOW }), NOW)).toBeCloseTo(1, 6);
		expect(recall(card({ stability: 10, lastReview: NOW - 10 * DAY }), NOW)).toBeCloseTo(0.9, 6);
		expect(recall(card({ stability: 10, lastReview: NOW - 40 * DAY }), NOW)).toBeLessThan(0.8);
		expect(recall(card({ phase: 'new', lastReview: null }), NOW)).toBe(0);
	});
});

describe('weakestItems', () => {
	it('ranks items by lapses over all their cards, then by their least-remembered card', () => {
		const cards = [
			card({ id: 'a::1', itemId: 'a', lapses: 1, stability: 50, lastReview: NOW - DAY }),
			card({ id: 'a::2', itemId: 'a', lapses: 2, stability: 2, lastReview: NOW - 20 * DAY }),
			card({ id: 'b::1', itemId: 'b', lapses: 3, stability: 50, lastReview: NOW - DAY }),
			card({ id: 'c::1', itemId: 'c', lapses: 0, stability: 1, lastReview: NOW - 30 * DAY }),
			card({ id: 'd::1', itemId: 'd', lapses: 0, stability: 100, lastReview: NOW - DAY })
		];
		const weakest = weakestItems(cards, NOW, recall, { below: 0.9, limit: 3 });
		expect(weakest.map((w) => w.itemId)).toEqual(['a', 'b', 'c']);
		expect(weakest[0].lapses).toBe(3);
		// Item a's weakest card (stability 2, 20 days ago) sets its retrievability.
		expect(weakest[0].retrievability).toBeCloseTo(recall(cards[1], NOW), 9);
		expect(weakest[0].retrievability).toBeLessThan(0.7);
	});

	it('never calls a well-remembered item weak: no lapses and recall above the target', () => {
		const cards = [
			card({ id: 'fresh::1', itemId: 'fresh', lapses: 0, stability: 30, lastReview: NOW - DAY }),
			card({ id: 'fading::1', itemId: 'fading', lapses: 0, stability: 3, lastReview: NOW - 10 * DAY }),
			card({ id: 'lapsed::1', itemId: 'lapsed', lapses: 1, stability: 100, lastReview: NOW - DAY })
		];
		expect(weakestItems(cards, NOW, recall, { below: 0.9 }).map((w) => w.itemId)).toEqual(['lapsed', 'fading']);
	});

	it('leaves out new, suspended and archived cards', () => {
		const cards = [
			card({ itemId: 'n', phase: 'new', lastReview: null, lapses: 9 }),
			card({ itemId: 's', suspended: 1, lapses: 9 }),
			card({ itemId: 'x', archived: 1, lapses: 9 })
		];
		expect(weakestItems(cards, NOW, recall, { below: 0.9 })).toEqual([]);
	});

	it('returns at most ten by default', () => {
		const cards = Array.from({ length: 15 }, (_, i) => card({ id: `i${i}::main`, itemId: `i${i}`, lapses: i }));
		const weakest = weakestItems(cards, NOW, recall, { below: 0.9 });
		expect(weakest).toHaveLength(10);
		expect(weakest[0].itemId).toBe('i14');
	});
});
