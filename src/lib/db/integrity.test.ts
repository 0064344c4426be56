import { beforeEach, describe, expect, it } from 'vitest';
import { replay } from '$lib/srs';
import type { Grade } from '$lib/model';
import type { RehearseDb } from './database';
import { checkIntegrity, repairIntegrity } from './integrity';
import { isImpossibleCard } from './integrity-plan';
import type { CardRecord, ItemRecord, ReviewRecord } from '$lib/model';
import { DEFAULT_SETTINGS } from '$lib/model';
import { card, conceptItem, freshDb, review, tableItem } from './testing';

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-05T09:00:00Z');
const NOW = T0 + 60 * DAY;
const settings = DEFAULT_SETTINGS;

function itemRecord(item: ReturnType<typeof conceptItem> | ReturnType<typeof tableItem>, archived: 0 | 1 = 0): ItemRecord {
	return { ...item, origin: 'bundle', hash: 'h', archived, updatedAt: T0 };
}

/** A card answered live with these grades a day apart, with the review rows that produced it. */
function studied(id: string, grades: Grade[], start = T0): { card: CardRecord; reviews: ReviewRecord[] } {
	const reviews = grades.map((grade, i) => review(id, start + i * DAY, { grade }));
	return { card: card(id, { ...replay(reviews, start, settings), createdAt: start }), reviews };
}

async function seed(db: RehearseDb, items: ItemRecord[], cards: CardRecord[], reviews: ReviewRecord[]) {
	await db.items.bulkPut(items);
	await db.cards.bulkPut(cards);
	await db.reviews.bulkPut(reviews);
}

const NOTHING = {
	reviewsWithoutCard: 0,
	cardsWithoutItem: 0,
	impossibleCards: 0,
	invalidReviews: 0,
	duplicateReviews: 0,
	duplicateCards: 0
};

let db: RehearseDb;
beforeEach(async () => {
	db = await freshDb();
});

describe('integrity check', () => {
	it('finds nothing in sound data, and repair writes nothing', async () => {
		const a = studied('a::main', [3, 3, 4]);
		await seed(db, [itemRecord(conceptItem('a'))], [a.card, card('b::main', { itemId: 'a', variant: 'other' })], a.reviews);
		expect(await checkIntegrity(db, settings, NOW)).toEqual({
			found: NOTHING,
			problems: 0,
			repairs: { cardsRebuilt: 0, cardsCreated: 0, cardsRemoved: 0, reviewsRemoved: 0, reviewsMoved: 0 },
			repaired: false
		});
		const before = await db.cards.toArray();
		expect((await repairIntegrity(db, settings, NOW)).repaired).toBe(false);
		expect(await db.cards.toArray()).toEqual(before);
	});

	it('counts each kind of problem exactly, repairs all of them, and a second run finds nothing', async () => {
		const items = [itemRecord(conceptItem('a')), itemRecord(conceptItem('b')), itemRecord(conceptItem('c')), itemRecord(conceptItem('d'))];
		const a = studied('a::main', [3, 3]);
		// b: its card row was lost but the item and two reviews remain → re-created.
		const b = studied('b::main', [1, 3]);
		// c: impossible state (NaN stability) → replayed.
		const c = studied('c::main', [3, 4, 3]);
		// d: stored twice, under its own id and under an odd one with one review each.
		const d = studied('d::main', [3]);
		const dCopy = card('d-copy', { itemId: 'd', variant: 'main', createdAt: T0 });
		const dCopyReview = review('d-copy', T0 + 3 * DAY, { itemId: 'd', grade: 3 });
		// Orphans with no item: a card and its review, and a review of a card and item that never existed.
		const ghost = studied('ghost::main', [3]);
		const stray = review('nowhere::main', T0);
		// a's second review stored twice; one review with a grade of 7.
		const dupe = { ...a.reviews[1], id: 'zzz-duplicate' };
		const badGrade = review('a::main', T0 + 5 * DAY, { grade: 7 as Grade });
		await seed(
			db,
			items,
			[a.card, { ...c.card, stability: Number.NaN }, d.card, dCopy, ghost.card],
			[...a.reviews, ...b.reviews, ...c.reviews, ...d.reviews, dCopyReview, ...ghost.reviews, stray, dupe, badGrade]
		);

		const check = await checkIntegrity(db, settings, NOW);
		expect(check.found).toEqual({
			reviewsWithoutCard: 3, // b's two, the stray one
			cardsWithoutItem: 1, // ghost
			impossibleCards: 1, // c
			invalidReviews: 1, // grade 7
			duplicateReviews: 1, // a's copy
			duplicateCards: 1 // d-copy
		});
		expect(check.problems).toBe(8);
		// Checking changes nothing.
		expect(await db.reviews.count()).toBe(13);

		const repaired = await repairIntegrity(db, settings, NOW);
		expect(repaired.found).toEqual(check.found);
		expect(repaired.repairs).toEqual({
			cardsRebuilt: 3, // a (lost two rows), c, d (took d-copy's review)
			cardsCreated: 1, // b
			cardsRemoved: 2, // ghost, d-copy
			reviewsRemoved: 4, // ghost's, stray, dupe, grade 7
			reviewsMoved: 1 // d-copy's review → d::main
		});
		expect(repaired.repaired).toBe(true);

		expect(await db.cards.orderBy('id').primaryKeys()).toEqual(['a::main', 'b::main', 'c::main', 'd::main']);
		expect(await db.reviews.count()).toBe(9);
		// Each card now equals the replay of its reviews.
		for (const id of ['a::main', 'b::main', 'c::main', 'd::main']) {
			const stored = (await db.cards.get(id))!;
			const history = await db.reviews.where('cardId').equals(id).toArray();
			expect(stored).toMatchObject(replay(history, stored.createdAt, settings));
		}
		expect((await db.cards.get('c::main'))!).toMatchObject(c.card);
		expect(await db.reviews.where('cardId').equals('d::main').count()).toBe(2);
		const bCard = (await db.cards.get('b::main'))!;
		expect(bCard).toMatchObject({ itemId: 'b', variant: 'main', deck: 'modeling', archived: 0, createdAt: T0, reps: 2 });

		const second = await repairIntegrity(db, settings, NOW);
		expect(second.found).toEqual(NOTHING);
		expect(second.repaired).toBe(false);
	});

	it('re-creates a lost card of a variant the item no longer has as archived', async () => {
		await seed(db, [itemRecord(tableItem('t', ['kept']))], [], [review('t::row:gone', T0)]);
		const result = await repairIntegrity(db, settings, NOW);
		expect(result.repairs.cardsCreated).toBe(1);
		expect(await db.cards.get('t::row:gone')).toMatchObject({ archived: 1, reps: 1, createdAt: T0 });
	});

	it('moves reviews of a missing card id to the existing card of the same item and variant', async () => {
		const odd = card('odd-id', { itemId: 'a', variant: 'main', createdAt: T0 });
		await seed(db, [itemRecord(conceptItem('a'))], [odd], [review('a::main', T0 + DAY)]);
		const result = await repairIntegrity(db, settings, NOW);
		expect(result.found.reviewsWithoutCard).toBe(1);
		expect(result.repairs).toMatchObject({ reviewsMoved: 1, cardsCreated: 0, cardsRebuilt: 1 });
		expect(await db.reviews.where('cardId').equals('odd-id').count()).toBe(1);
		expect((await checkIntegrity(db, settings, NOW)).problems).toBe(0);
	});

	it('rebuilds a card whose due date is before its first review, and a new card with broken fields', async () => {
		const a = studied('a::main', [3, 3]);
		await seed(
			db,
			[itemRecord(conceptItem('a')), itemRecord(conceptItem('n'))],
			[{ ...a.card, due: T0 - DAY }, card('n::main', { phase: 'bogus' as 'new', createdAt: Number.POSITIVE_INFINITY })],
			a.reviews
		);
		const result = await repairIntegrity(db, settings, NOW);
		expect(result.found.impossibleCards).toBe(2);
		expect(await db.cards.get('a::main')).toMatchObject(a.card);
		expect(await db.cards.get('n::main')).toMatchObject({ phase: 'new', due: NOW, createdAt: NOW, reps: 0 });
		expect((await checkIntegrity(db, settings, NOW)).problems).toBe(0);
	});
});

describe('isImpossibleCard', () => {
	const ok = card('a::main', { createdAt: T0, due: T0 });
	it.each([
		['NaN due', { due: Number.NaN }],
		['infinite stability', { stability: Number.POSITIVE_INFINITY }],
		['negative stability', { stability: -1 }],
		['negative difficulty', { difficulty: -0.5 }],
		['negative reps', { reps: -1 }],
		['unknown phase', { phase: 'graduated' as 'review' }],
		['a non-numeric last review', { lastReview: 'yesterday' as unknown as number }]
	])('flags %s', (_, patch) => {
		expect(isImpossibleCard({ ...ok, ...patch }, null)).toBe(true);
	});
	it('accepts a new card and flags a due date before the first review', () => {
		expect(isImpossibleCard(ok, null)).toBe(false);
		expect(isImpossibleCard(ok, T0 + 1)).toBe(true);
		expect(isImpossibleCard(ok, T0)).toBe(false);
	});
});
