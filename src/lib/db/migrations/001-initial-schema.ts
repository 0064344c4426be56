// SHIPPED: never edit this file. Users' databases were created from it; a change here would not
// reach them (Dexie only runs a version once). To change the schema, add 002-<intent>.ts and list it
// in migrations/index.ts.
import type { Migration } from './types';

export const initialSchema = {
	version: 1,
	intent: 'Create the stores: content items, their cards, the review log, drill attempts, sets, settings, meta.',
	stores: {
		// Browse and search filter by deck and kind; sync finds user vs bundle items by origin.
		items: 'id, deck, kind, [origin+archived]',
		// [phase+due]: the study queue's due cards. [phase+deck+createdAt]: new cards in introduction
		// order without loading them all. [archived+suspended+deck+phase+due]: deck counts from the
		// index alone (count() reads no rows); its prefix [archived+suspended] lists suspended cards.
		cards: 'id, itemId, deck, [phase+due], [phase+deck+createdAt], [archived+suspended+deck+phase+due]',
		// reviewedAt: today's reviews by key range; cardId: replaying one card's history.
		reviews: 'id, cardId, reviewedAt, itemId',
		attempts: 'id, itemId, at',
		sets: 'id, createdAt',
		settings: 'key',
		meta: 'key'
	}
} as const satisfies Migration;
