// The weakest items: the ones the user forgets most often, then the ones most likely forgotten now.
import type { CardFact } from './types';

export interface WeakItem {
	itemId: string;
	/** Lapses (forgotten after being learned) over all the item's cards. */
	lapses: number;
	/**
	 * The lowest probability of recall now among the item's studied cards, 0-1; 0 while a card is
	 * relearning (see `relearning`).
	 */
	retrievability: number;
	/**
	 * A card of the item was forgotten at its last review and is being relearned. FSRS's curve
	 * restarts at 100% the moment the answer was shown, so "likely to recall now" would read 100%
	 * for a card just answered Again; the last answer is the better evidence, and it says forgotten.
	 */
	relearning: boolean;
}

/** How likely a card is to be recalled now, 0-1: FSRS's forgetting curve at the elapsed days. */
export type RetrievabilityOf = (card: CardFact, now: number) => number;

export interface WeakestOptions {
	/** An item with no lapses counts as weak only when its retrievability is below this (the target retention). */
	below: number;
	limit?: number;
}

/**
 * The `limit` weakest items among those studied at least once: most lapses first, then lowest
 * retrievability now. An item qualifies when it has lapsed or is now less likely to be recalled
 * than the target, so a well-remembered item is never called weak just to fill the list.
 * Archived and suspended cards are left out (they are never shown), as are new cards, which have
 * no memory to measure.
 */
export function weakestItems(
	cards: readonly CardFact[],
	now: number,
	retrievabilityOf: RetrievabilityOf,
	{ below, limit = 10 }: WeakestOptions
): WeakItem[] {
	const byItem = new Map<string, WeakItem>();
	for (const card of cards) {
		if (card.phase === 'new' || card.archived || card.suspended || card.lastReview === null) continue;
		const relearning = card.phase === 'relearning';
		const recall = relearning ? 0 : retrievabilityOf(card, now);
		const row = byItem.get(card.itemId);
		if (!row) byItem.set(card.itemId, { itemId: card.itemId, lapses: card.lapses, retrievability: recall, relearning });
		else {
			row.lapses += card.lapses;
			row.retrievability = Math.min(row.retrievability, recall);
			row.relearning ||= relearning;
		}
	}
	return [...byItem.values()]
		.filter((item) => item.lapses > 0 || item.retrievability < below)
		.sort((a, b) => b.lapses - a.lapses || a.retrievability - b.retrievability || (a.itemId < b.itemId ? -1 : 1))
		.slice(0, limit);
}
