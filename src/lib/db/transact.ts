import type { Table } from 'dexie';
import type { RehearseDb } from './database';
import { StaleTabError } from './errors';

/**
 * Runs `body` in one read-write transaction. Refuses up front when another tab upgraded the schema,
 * so old code never writes into a newer shape; a closed connection surfaces as StaleTabError too.
 * Inside `body`, await only Dexie calls: awaiting anything else commits the transaction early.
 */
export async function writeTransaction<T>(db: RehearseDb, tables: Table[], body: () => Promise<T>): Promise<T> {
	if (db.staleReason) throw new StaleTabError();
	// With sync on, the outbox joins every write so the change recorder can queue it (db/outbox.ts).
	const scope = db.syncTracking ? [...tables, db.syncOutbox] : tables;
	try {
		return await db.transaction('rw', scope, body);
	} catch (e) {
		if (db.staleReason && (e as Error)?.name === 'DatabaseClosedError') throw new StaleTabError();
		throw e;
	}
}
