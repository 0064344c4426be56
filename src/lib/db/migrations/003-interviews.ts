// SHIPPED once released: never edit. See 001-initial-schema.ts.
import type { Migration } from './types';

export const interviews = {
	version: 3,
	intent: 'Keep the interview dates the user is preparing for, each with the decks and sets it covers.',
	stores: {
		// date: the next interview first, and the ones already past, by key range.
		interviews: 'id, date'
	}
} as const satisfies Migration;
