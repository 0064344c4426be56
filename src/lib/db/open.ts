import { RehearseDb } from './database';
import { DB_NAME } from './schema';
import { isSyncOn } from './sync-config';

export interface VersionChangeInfo {
	dbName: string;
	/** The version the other tab is opening; null when it is deleting the database. */
	newVersion: number | null;
}

type VersionChangeListener = (info: VersionChangeInfo) => void;

const listeners = new Set<VersionChangeListener>();

/**
 * Called when another tab upgrades (or deletes) the database. By then this tab's connection is
 * closed and its writes reject with StaleTabError; the UI should ask the user to reload.
 * Returns a function that unregisters the listener.
 */
export function onVersionChange(listener: VersionChangeListener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/** Opens the database, applying any pending migrations. */
export async function openDatabase(name: string = DB_NAME): Promise<RehearseDb> {
	const db = new RehearseDb(name);
	db.on('versionchange', (event) => {
		db.staleReason = 'versionchange';
		// Closing lets the other tab's upgrade proceed; disableAutoOpen makes later calls reject
		// instead of reopening with this tab's outdated schema.
		db.close({ disableAutoOpen: true });
		const info: VersionChangeInfo = { dbName: name, newVersion: event.newVersion ?? null };
		for (const listener of listeners) listener(info);
		// Returning false stops Dexie's default handler, which would only log and close again.
		return false;
	});
	db.on('close', () => {
		// The browser closed the connection (storage cleared, device low on space). Same remedy.
		db.staleReason ??= 'closed';
	});
	await db.open();
	// Before anything writes: with sync on, every change from now on is queued for the server.
	db.syncTracking = isSyncOn((await db.meta.get('syncConfig'))?.value);
	return db;
}
