import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { card, freshDb, review } from './testing';
import { recordAnswer, undoAnswer } from './answers';

const T0 = Date.UTC(2026, 0, 5, 9);

describe('recordAnswer', () => {
	it('writes the card and its review row together', async () => {
		const db = await freshDb();
		const before = card('a::main');
		await db.cards.put(before);
		const after = card('a::main', { phase: 'learning', due: T0 + 600_000, reps: 1, lastReview: T0 });
		const { id: _omit, ...newReview } = review('a::main', T0, { phaseBefore: 'new' });

		const stored = await recordAnswer(db, { cardAfter: after, review: newReview });

		expect(stored.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(await db.cards.get('a::main')).toEqual(after);
		expect(await db.reviews.get(stored.id)).toEqual(stored);
	});

	it('leaves nothing behind when the review cannot be written', async () => {
		const db = await freshDb();
		const before = card('a::main');
		await db.cards.put(before);
		const first = review('a::main', T0);
		await db.reviews.add(first);
		const after = card('a::main', { phase: 'review', reps: 5 });

		// Same review id again: the add fails on the primary key, so the card write must roll back.
		await expect(recordAnswer(db, { cardAfter: after, review: { ...first, reviewedAt: T0 + 1 } })).rejects.toThrow();

		expect(await db.cards.get('a::main')).toEqual(before);
		expect(await db.reviews.toArray()).toEqual([first]);
	});

	it('refuses a review that belongs to another card', async () => {
		const db = await freshDb();
		await expect(recordAnswer(db, { cardAfter: card('a::main'), review: review('b::main', T0) })).rejects.toThrow(
			/review is for card "b::main"/
		);
	});
});

describe('undoAnswer', () => {
	it('restores the exact prior card and removes the review', async () => {
		const db = await freshDb();
		const before = card('a::main', { phase: 'review', due: T0, stability: 4.2, difficulty: 5.1, reps: 3, lastReview: T0 - 5 });
		await db.cards.put(before);
		const older = review('a::main', T0 - 5);
		await db.reviews.add(older);
		const stored = await recordAnswer(db, {
			cardAfter: { ...before, due: T0 + 9e8, stability: 9.9, reps: 4, lastReview: T0 },
			review: review('a::main', T0)
		});

		await undoAnswer(db, { reviewId: stored.id, cardBefore: before });

		expect(await db.cards.get('a::main')).toEqual(before);
		expect(await db.reviews.where('cardId').equals('a::main').sortBy('reviewedAt')).toEqual([older]);
	});

	it('changes nothing when the review is not stored', async () => {
		const db = await freshDb();
		const current = card('a::main', { reps: 7 });
		await db.cards.put(current);
		await expect(undoAnswer(db, { reviewId: 'nope', cardBefore: card('a::main') })).rejects.toThrow(/nothing to undo/);
		expect(await db.cards.get('a::main')).toEqual(current);
	});
});
