import { describe, expect, it } from 'vitest';
import { card } from '$lib/db/testing';
import { AGAIN_GAP, cramAfterAnswer, cramOrder } from './cram-queue';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 21, 9);
const ids = (cards: { id: string }[]) => cards.map((c) => c.id);
const cards = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => card(`${id}::main`));

describe('cramOrder', () => {
	it('shuffles the same way for the same seed and keeps every card once', () => {
		const first = cramOrder(cards, 'shuffled', NOW, 'set-1@1');
		expect(ids(cramOrder(cards, 'shuffled', NOW, 'set-1@1'))).toEqual(ids(first));
		expect(ids(first).sort()).toEqual(ids(cards));
		expect(ids(cramOrder(cards, 'shuffled', NOW, 'set-1@2'))).not.toEqual(ids(first));
	});

	it('puts the studied card least likely to be recalled first, breaks ties by lapses, and unseen cards last', () => {
		const studied = (id: string, stability: number, daysAgo: number, lapses = 0) =>
			card(id, { phase: 'review', stability, lastReview: NOW - daysAgo * DAY, due: NOW + DAY, lapses });
		const order = cramOrder(
			[
				card('never::main'),
				studied('solid::main', 100, 10),
				studied('shaky::main', 2, 10),
				studied('tie-few-lapses::main', 10, 10, 1),
				studied('tie-many-lapses::main', 10, 10, 4)
			],
			'weakest',
			NOW,
			'unused'
		);
		expect(ids(order)).toEqual(['shaky::main', 'tie-many-lapses::main', 'tie-few-lapses::main', 'solid::main', 'never::main']);
	});
});

describe('cramAfterAnswer', () => {
	it(`brings a card graded Again back after ${AGAIN_GAP} other cards`, () => {
		const after = cramAfterAnswer(cards, cards[0], 1);
		expect(ids(after)).toEqual(['b::main', 'c::main', 'd::main', 'a::main', 'e::main', 'f::main']);
	});

	it('brings Again back at once when it is the last card, and Hard back at the end', () => {
		expect(ids(cramAfterAnswer([cards[0]], cards[0], 1))).toEqual(['a::main']);
		expect(ids(cramAfterAnswer(cards.slice(0, 3), cards[0], 2))).toEqual(['b::main', 'c::main', 'a::main']);
	});

	it('lets Good and Easy take the card out of the session, leaving the card record untouched', () => {
		const before = structuredClone(cards[0]);
		expect(ids(cramAfterAnswer(cards.slice(0, 2), cards[0], 3))).toEqual(['b::main']);
		expect(ids(cramAfterAnswer(cards.slice(0, 2), cards[0], 4))).toEqual(['b::main']);
		expect(cards[0]).toEqual(before);
	});
});
