// SHIPPED once released: never edit. See 001-initial-schema.ts.
import type { Migration } from './types';

export const syncBookkeeping = {
	version: 4,
	intent: 'Remember what sync has to send, what the server last said about each document, where the changes feed was read up to, and the conflicts the user should see.',
	stores: {
		// One row per document changed here and not yet sent; written in the same transaction as the
		// change itself (db/outbox.ts), so a change can never be stored without being queued.
		syncOutbox: 'docId',
		// Per document: the server's revision and the hash of the version both sides agree on.
		syncDocs: 'docId',
		// The losing side of a concurrent edit, kept for the user to pick in Settings.
		syncConflicts: 'id, docId',
		// Documents read from the server that cannot be stored yet (a review of a card this device
		// does not have until its own card or a content update arrives); retried on every pull.
		syncHeld: 'docId'
	}
} as const satisfies Migration;
