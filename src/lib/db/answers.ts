import type { RehearseDb } from './database';
import type { CardRecord, ReviewRecord } from '$lib/model';
import { writeTransaction } from './transact';

/** A review about to be recorded; its id is generated here unless given (e.g. by an import). */
export type NewReview = Omit<ReviewRecord, 'id'> & { id?: string };

/**
 * Saves an answer: the card's new state and its review row, in one transaction, so the card never
 * moves without its history (and vice versa). The review is added, never overwritten: a duplicate
 * id fails the whole answer. Resolves to the stored review (keep its id for undo).
 */
export async function recordAnswer(
	db: RehearseDb,
	{ cardAfter, review }: { cardAfter: CardRecord; review: NewReview }
): Promise<ReviewRecord> {
	if (review.cardId !== cardAfter.id)
		throw new Error(`recordAnswer: review is for card "${review.cardId}" but the card is "${cardAfter.id}"`);
	// Generated before the transaction: only Dexie calls may run inside it.
	const stored: ReviewRecord = { ...review, id: review.id ?? crypto.randomUUID() };
	await writeTransaction(db, [db.cards, db.reviews], async () => {
		await db.cards.put(cardAfter);
		await db.reviews.add(stored);
	});
	return stored;
}

/**
 * Undoes an answer exactly: deletes its review row and puts back the card as it was before, in one
 * transaction. Fails, changing nothing, if the review does not exist or belongs to another card.
 */
export async function undoAnswer(
	db: RehearseDb,
	{ reviewId, cardBefore }: { reviewId: string; cardBefore: CardRecord }
): Promise<void> {
	await writeTransaction(db, [db.cards, db.reviews], async () => {
		const review = await db.reviews.get(reviewId);
		if (!review) throw new Error(`undoAnswer: review "${reviewId}" is not stored; nothing to undo`);
		if (review.cardId !== cardBefore.id)
			throw new Error(`undoAnswer: review "${reviewId}" is for card "${review.cardId}", not "${cardBefore.id}"`);
		await db.reviews.delete(reviewId);
		await db.cards.put(cardBefore);
	});
}

