// Loading for custom study of a saved set: the same candidates the daily queue gets, limited to the
// set's items, and every card of the set for a cram session. Callers resolve the set to item ids
// first (itemIdsOfSet), so these functions work for filter sets and hand-picked sets alike.
import type { CardPhase } from '$lib/model';
import type { StudyCandidates } from './cards';
import type { RehearseDb } from './database';
import { pulledForwardToday } from './interviews';
import type { CardRecord } from '$lib/model';
import { tallyToday } from './today-tally';

const isActive = (card: CardRecord) => !card.archived && !card.suspended;

/** Every card of these items, in the items' order (then the cards' stored order); unknown ids are skipped. */
async function cardsOfItems(db: RehearseDb, itemIds: readonly string[]): Promise<CardRecord[]> {
	if (itemIds.length === 0) return [];
	const cards = await db.cards.where('itemId').anyOf([...itemIds]).toArray();
	const position = new Map(itemIds.map((id, index) => [id, index]));
	return cards.sort((a, b) => (position.get(a.itemId) ?? 0) - (position.get(b.itemId) ?? 0));
}

/**
 * What the study queue needs to review one set today: the set's active cards due by `dayEnd` and its
 * first new cards (one per item, skipping items already studied today, at most `newLimit`), with the
 * day's counts taken over ALL reviews. The counts stay global on purpose: the daily limits and
 * sibling burying are about the user's day, not about one set, so a set review never lets the
 * user past their new-card limit unless they choose a count (then the caller ignores
 * `newIntroducedToday`). Cards of the set that an upcoming interview brings forward today come too
 * (`pulledForward`), as in the daily queue.
 */
export async function loadSetStudyCandidates(
	db: RehearseDb,
	itemIds: readonly string[],
	dayStart: number,
	dayEnd: number,
	now: number,
	{ newLimit }: { newLimit: number }
): Promise<StudyCandidates> {
	// Planned outside the transaction below, as loadStudyCandidates does: planning may store the plan.
	const inSet = new Set(itemIds);
	const pulled = (await pulledForwardToday(db, { dayStart, dayEnd, now })).filter((card) => inSet.has(card.itemId));
	const pulledIds = new Set(pulled.map((card) => card.id));
	return db.transaction('r', [db.cards, db.reviews], async () => {
		const [today, cards] = await Promise.all([
			db.reviews.where('reviewedAt').aboveOrEqual(dayStart).toArray(),
			cardsOfItems(db, itemIds)
		]);
		const { introduced, reviewsDone: reviewsDoneToday, items: itemsToday } = tallyToday(today);
		const due: CardRecord[] = [];
		const fresh: CardRecord[] = [];
		const newItems = new Set<string>();
		for (const card of cards) {
			if (!isActive(card) || pulledIds.has(card.id)) continue;
			if (card.phase !== 'new') {
				if (card.due <= dayEnd) due.push(card);
			} else if (card.due <= now && !itemsToday.has(card.itemId) && !newItems.has(card.itemId) && fresh.length < newLimit) {
				newItems.add(card.itemId);
				fresh.push(card);
			}
		}
		return {
			cards: [...due, ...fresh, ...pulled],
			newIntroducedToday: introduced.size,
			reviewsDoneToday,
			answersToday: today.length,
			itemsReviewedToday: [...itemsToday],
			pulledForward: [...pulledIds]
		};
	});
}

/** The set's active cards (not archived, not suspended), for a cram session. */
export async function cramCardsOfItems(db: RehearseDb, itemIds: readonly string[]): Promise<CardRecord[]> {
	return (await cardsOfItems(db, itemIds)).filter(isActive);
}

export interface SetCardCounts {
	/** Active cards of the set: what a cram session goes through. */
	cards: number;
	/** Cards already studied that are due by the end of the study day. */
	due: number;
	/** Cards never studied. */
	new: number;
	/** Cards the user suspended: left out of both modes. */
	suspended: number;
}

const STUDIED: readonly CardPhase[] = ['learning', 'relearning', 'review'];

/** Counts for the set's study page, over the same cards the two modes would use. */
export async function setCardCounts(db: RehearseDb, itemIds: readonly string[], dayEnd: number): Promise<SetCardCounts> {
	const counts: SetCardCounts = { cards: 0, due: 0, new: 0, suspended: 0 };
	for (const card of await cardsOfItems(db, itemIds)) {
		if (card.archived) continue;
		if (card.suspended) {
			counts.suspended++;
			continue;
		}
		counts.cards++;
		if (card.phase === 'new') counts.new++;
		else if (STUDIED.includes(card.phase) && card.due <= dayEnd) counts.due++;
	}
	return counts;
}
