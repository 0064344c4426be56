// Per-deck progress: how many of a deck's cards are new, in learning, young or mature.
import { MATURE_DAYS } from './retention';
import type { CardFact } from './types';

export interface DeckProgress {
	deck: string;
	/** Never studied. */
	new: number;
	/** In learning or relearning steps. */
	learning: number;
	/** In review with an interval under 21 days. */
	young: number;
	/** In review with an interval of 21 days or more. */
	mature: number;
	total: number;
}

/**
 * Counts per deck, in first-seen order (callers sort by their deck order). Archived cards are left
 * out; suspended ones count by their phase, since what they hold in memory is still theirs.
 */
export function deckProgress(cards: readonly CardFact[]): DeckProgress[] {
	const byDeck = new Map<string, DeckProgress>();
	for (const card of cards) {
		if (card.archived) continue;
		let row = byDeck.get(card.deck);
		if (!row) byDeck.set(card.deck, (row = { deck: card.deck, new: 0, learning: 0, young: 0, mature: 0, total: 0 }));
		row.total++;
		if (card.phase === 'new') row.new++;
		else if (card.phase !== 'review') row.learning++;
		else if (card.scheduledDays >= MATURE_DAYS) row.mature++;
		else row.young++;
	}
	return [...byDeck.values()];
}
