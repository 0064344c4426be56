// SHIPPED once released: never edit. See 001-initial-schema.ts.
import type { Migration } from './types';

export const reviewsWithoutItemIndex = {
	version: 5,
	intent: "Drop the reviews' itemId index: nothing queries reviews by item, and every index is written with every review (a first sync stores a hundred thousand).",
	stores: {
		// cardId: a card's history (replay, stats); reviewedAt: by day and newest first.
		reviews: 'id, cardId, reviewedAt'
	}
} as const satisfies Migration;
