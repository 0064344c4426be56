import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { card, freshDb, review } from './testing';
import { deckOverview, lastReviewAt, loadStudyCandidates, setSuspended } from './cards';

const HOUR = 3_600_000;
// A study day from 04:00 to 04:00 the next morning.
const DAY_START = Date.UTC(2026, 0, 5, 4);
const DAY_END = DAY_START + 24 * HOUR - 1;
const NOW = DAY_START + 6 * HOUR;

describe('loadStudyCandidates', () => {
	it("counts only today's answers: a review one millisecond before the day start belongs to yesterday", async () => {
		const db = await freshDb();
		await db.reviews.bulkAdd([
			review('a::main', DAY_START - 1, { phaseBefore: 'new' }),
			review('b::main', DAY_START - 1, { phaseBefore: 'review' }),
			review('c::main', DAY_START, { phaseBefore: 'new' }),
			review('c::main', DAY_START + 60_000, { phaseBefore: 'learning' }),
			review('d::main', DAY_START + HOUR, { phaseBefore: 'new' }),
			review('e::main', DAY_START + 2 * HOUR, { phaseBefore: 'review' }),
			review('f::main', DAY_START + 3 * HOUR, { phaseBefore: 'review' }),
			review('g::main', DAY_START + 3 * HOUR, { phaseBefore: 'relearning' })
		]);

		const result = await loadStudyCandidates(db, DAY_START, DAY_END, NOW);

		expect(result.newIntroducedToday).toBe(2);
		expect(result.reviewsDoneToday).toBe(2);
		expect(result.answersToday).toBe(6);
		expect(result.itemsReviewedToday.sort()).toEqual(['c', 'd', 'e', 'f', 'g']);
	});

	it('returns due cards and new cards, leaving out suspended, archived and not-yet-due ones', async () => {
		const db = await freshDb();
		await db.cards.bulkPut([
			card('due::main', { phase: 'review', due: DAY_END }),
			card('learning::main', { phase: 'learning', due: NOW + 60_000 }),
			card('relearning::main', { phase: 'relearning', due: NOW - 1 }),
			card('tomorrow::main', { phase: 'review', due: DAY_END + 1 }),
			card('suspended::main', { phase: 'review', due: NOW, suspended: 1 }),
			card('archived::main', { phase: 'review', due: NOW, archived: 1 }),
			card('new::main', { phase: 'new', due: 0 }),
			card('new-suspended::main', { phase: 'new', due: 0, suspended: 1 }),
			card('new-archived::main', { phase: 'new', due: 0, archived: 1 })
		]);

		const { cards } = await loadStudyCandidates(db, DAY_START, DAY_END, NOW);

		expect(cards.map((c) => c.id).sort()).toEqual(['due::main', 'learning::main', 'new::main', 'relearning::main']);
	});

	it('loads every new card, one per item, for the interleave to choose from', async () => {
		const db = await freshDb();
		await db.cards.bulkPut([
			card('b1::main', { deck: 'b', createdAt: 1 }),
			card('a2::main', { deck: 'a', createdAt: 2 }),
			card('a1::main', { deck: 'a', createdAt: 1 }),
			card('a1::other', { deck: 'a', createdAt: 1 }),
			card('b0::main', { deck: 'b', createdAt: 0 })
		]);
		const { cards } = await loadStudyCandidates(db, DAY_START, DAY_END, NOW);
		expect(cards.map((c) => c.id)).toEqual(['a1::main', 'a2::main', 'b0::main', 'b1::main']);
	});

	it('names each item’s kind from the items index', async () => {
		const db = await freshDb();
		await db.items.bulkPut([
			{ id: 'q', kind: 'sql', deck: 'sql' },
			{ id: 's', kind: 'script', deck: 'modeling' }
		] as never);
		const { itemKinds } = await loadStudyCandidates(db, DAY_START, DAY_END, NOW);
		expect(itemKinds).toEqual(new Map([['q', 'sql'], ['s', 'script']]));
	});
});

describe('deckOverview', () => {
	it('counts due, new, learning, suspended and total per deck, ignoring archived cards', async () => {
		const db = await freshDb();
		await db.cards.bulkPut([
			card('a::1', { deck: 'sql', phase: 'review', due: NOW }),
			card('a::2', { deck: 'sql', phase: 'review', due: DAY_END + 1 }),
			card('a::3', { deck: 'sql', phase: 'learning', due: NOW }),
			card('a::4', { deck: 'sql', phase: 'relearning', due: NOW }),
			card('a::5', { deck: 'sql', phase: 'new' }),
			card('a::6', { deck: 'sql', phase: 'new', suspended: 1 }),
			card('a::7', { deck: 'sql', phase: 'review', due: NOW, archived: 1 }),
			card('b::1', { deck: 'modeling', phase: 'new' }),
			card('c::1', { deck: 'gone', phase: 'new', archived: 1 })
		]);

		expect(await deckOverview(db, DAY_END)).toEqual([
			{ deck: 'modeling', due: 0, new: 1, learning: 0, suspended: 0, total: 1 },
			{ deck: 'sql', due: 1, new: 1, learning: 2, suspended: 1, total: 6 }
		]);
	});
});

describe('card maintenance', () => {
	it('suspends and unsuspends cards, reporting how many changed', async () => {
		const db = await freshDb();
		await db.cards.bulkPut([card('a::main'), card('b::main', { suspended: 1 })]);
		expect(await setSuspended(db, ['a::main', 'b::main', 'missing'], true)).toBe(1);
		expect((await db.cards.where('deck').equals('modeling').toArray()).map((c) => c.suspended)).toEqual([1, 1]);
		expect(await setSuspended(db, ['a::main'], false)).toBe(1);
		expect(await db.cards.get('a::main')).toMatchObject({ suspended: 0 });
	});

	it('reports the time of the latest review, or null before the first', async () => {
		const db = await freshDb();
		expect(await lastReviewAt(db)).toBeNull();
		await db.reviews.bulkAdd([review('a::main', 5), review('a::main', 9), review('b::main', 7)]);
		expect(await lastReviewAt(db)).toBe(9);
	});
});

describe('makePhaseScriptsDue', () => {
	it('makes the cards of scripts in the missed phases due now, in one go, leaving others alone', async () => {
		const { makePhaseScriptsDue } = await import('./cards');
		const { scriptItem } = await import('$lib/drills/test-items');
		const db = await freshDb();
		const item = (id: string, phase: number | null) => ({ ...scriptItem({ id, phase }), origin: 'bundle' as const, hash: id, archived: 0 as const, updatedAt: 0 });
		await db.items.bulkPut([item('s1', 1), item('s2', 2), item('s4', 4), item('free', null)]);
		const later = NOW + 5 * 24 * HOUR;
		await db.cards.bulkPut([
			card('s1::recall', { phase: 'review', due: later }),
			card('s2::recall', { phase: 'review', due: later }),
			card('s4::recall', { phase: 'review', due: later, suspended: 1 }),
			card('free::recall', { phase: 'review', due: later }),
			card('s1::other', { phase: 'new', due: 0 })
		]);

		const result = await makePhaseScriptsDue(db, [1, 4], NOW);
		expect(result).toEqual({ madeDue: 1, unseen: 1, setId: expect.any(String) });

		expect((await db.cards.get('s1::recall'))?.due).toBe(NOW);
		expect((await db.cards.get('s2::recall'))?.due).toBe(later);
		expect((await db.cards.get('s4::recall'))?.due).toBe(later);
		expect((await db.cards.get('free::recall'))?.due).toBe(later);
		expect((await db.cards.get('s1::other'))?.due).toBe(0);
		expect(await makePhaseScriptsDue(db, [], NOW)).toEqual({ madeDue: 0, unseen: 0, setId: null });
	});

	it('puts the missed scripts in one saved set that a set review studies now, new cards included (regression)', async () => {
		const { makePhaseScriptsDue, MOCK_MISSES_SET } = await import('./cards');
		const { loadSetStudyCandidates } = await import('./set-study');
		const { scriptItem } = await import('$lib/drills/test-items');
		const db = await freshDb();
		const item = (id: string, phase: number | null) => ({ ...scriptItem({ id, phase }), origin: 'bundle' as const, hash: id, archived: 0 as const, updatedAt: 0 });
		await db.items.bulkPut([item('s1', 1), item('s2', 2), item('s3', 3)]);
		await db.cards.bulkPut([card('s1::recall', { phase: 'new', due: 0 }), card('s2::recall', { phase: 'new', due: 0 }), card('s3::recall', { phase: 'new', due: 0 })]);

		const first = await makePhaseScriptsDue(db, [1, 2], NOW);
		expect(first).toMatchObject({ madeDue: 0, unseen: 2 });
		expect(await db.sets.get(first.setId!)).toMatchObject({ name: MOCK_MISSES_SET, itemIds: ['s1', 's2'], filter: null });
		const { cards } = await loadSetStudyCandidates(db, ['s1', 's2'], NOW - HOUR, NOW + HOUR, NOW, { newLimit: first.unseen });
		expect(cards.map((c) => c.id).sort()).toEqual(['s1::recall', 's2::recall']);

		// The next round with misses refills the same set rather than adding another.
		const second = await makePhaseScriptsDue(db, [3], NOW + HOUR);
		expect(second.setId).toBe(first.setId);
		expect(await db.sets.count()).toBe(1);
		expect((await db.sets.get(first.setId!))?.itemIds).toEqual(['s3']);
	});
});
