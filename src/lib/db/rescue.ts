// For the recovery screen, when Dexie cannot open the database (a newer schema, a failed upgrade,
// corruption): reads whatever the browser can still give with the raw IndexedDB API, and deletes the
// database so a backup can be restored into a fresh one. Raw IndexedDB on purpose: opening without a
// version opens the database as it is, whatever version wrote it, and runs no upgrade.
import { DB_NAME } from './schema';

export const RESCUE_FORMAT = 'rehearse-rescue';

/** Every row of every store that could be read, as it was stored. */
export interface RescueDump {
	format: typeof RESCUE_FORMAT;
	/** The database's own version number (Dexie stores version × 10). */
	databaseVersion: number;
	exportedAt: number;
	stores: Record<string, unknown[]>;
	/** Stores that could not be read, with the browser's error. */
	unreadable: Record<string, string>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function openAsIs(name: string): Promise<IDBDatabase | null> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(name);
		// No database at all: creating an empty one here would be pointless, so undo it.
		open.onupgradeneeded = () => open.transaction?.abort();
		open.onsuccess = () => resolve(open.result);
		open.onerror = () => (open.error?.name === 'AbortError' ? resolve(null) : reject(open.error));
	});
}

/**
 * Reads every store that can be read; null when there is no database. Throws only when the
 * database cannot be opened at all (IndexedDB disabled or broken).
 */
export async function rescueDump(now: number, name: string = DB_NAME): Promise<RescueDump | null> {
	const db = await openAsIs(name);
	if (!db) return null;
	try {
		const dump: RescueDump = { format: RESCUE_FORMAT, databaseVersion: db.version, exportedAt: now, stores: {}, unreadable: {} };
		for (const store of Array.from(db.objectStoreNames)) {
			try {
				dump.stores[store] = await request(db.transaction(store, 'readonly').objectStore(store).getAll());
			} catch (e) {
				dump.unreadable[store] = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
			}
		}
		return dump;
	} finally {
		db.close();
	}
}

/** Deletes the database outright. Rejects if another tab keeps it open (it must be closed first). */
export function deleteDatabaseForRestore(name: string = DB_NAME): Promise<void> {
	return new Promise((resolve, reject) => {
		const del = indexedDB.deleteDatabase(name);
		del.onsuccess = () => resolve();
		del.onerror = () => reject(del.error);
		del.onblocked = () => reject(new Error('Rehearse is open in another tab. Close the other tabs, then try again.'));
	});
}
