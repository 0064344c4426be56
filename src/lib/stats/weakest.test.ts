import { describe, expect, it } from 'vitest';
import { retrievabilityUnder } from './retrievability';
import { weakestItems } from './weakest';
import { DAY, NOW, card } from './testing';
import { schedulerSettings } from '$lib/model';
import { newCardState, schedule } from '$lib/srs';

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

	it('says a card just answered Again is forgotten, not "100% likely to recall now" (regression)', () => {
		// Learn a card, let it come due, then fail it: FSRS restarts its curve at the failed answer.
		let state = newCardState(NOW - 30 * DAY);
		state = schedule(state, 3, NOW - 30 * DAY, settings);
		state = schedule(state, 3, NOW - 29 * DAY, settings);
		expect(state.phase).toBe('review');
		state = schedule(state, 1, NOW, settings);
		expect([state.phase, state.lapses]).toEqual(['relearning', 1]);
		const failed = card({ id: 'f::1', itemId: 'f', ...state });
		expect(recall(failed, NOW + 60_000)).toBeGreaterThan(0.99);

		const [row] = weakestItems([failed], NOW + 60_000, recall, { below: 0.9 });
		expect(row).toMatchObject({ itemId: 'f', lapses: 1, relearning: true, retrievability: 0 });
	});

	it('ranks a relearning item ahead of one with as many lapses that is merely fading', () => {
		const cards = [
			card({ id: 'fading::1', itemId: 'fading', lapses: 1, stability: 2, lastReview: NOW - 10 * DAY }),
			card({ id: 'failed::1', itemId: 'failed', phase: 'relearning', lapses: 1, stability: 1, lastReview: NOW }),
			card({ id: 'failed::2', itemId: 'failed', lapses: 0, stability: 50, lastReview: NOW - DAY })
		];
		const weakest = weakestItems(cards, NOW, recall, { below: 0.9 });
		expect(weakest.map((w) => [w.itemId, w.relearning])).toEqual([
			['failed', true],
			['fading', false]
		]);
	});

	it('returns at most ten by default', () => {
		const cards = Array.from({ length: 15 }, (_, i) => card({ id: `i${i}::main`, itemId: `i${i}`, lapses: i }));
		const weakest = weakestItems(cards, NOW, recall, { below: 0.9 });
		expect(weakest).toHaveLength(10);
		expect(weakest[0].itemId).toBe('i14');
	});
});
