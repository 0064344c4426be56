// Turning sync on and off on this device. The config (server, database, user, password) lives in
// the meta table, which backups and exports leave out (only `design:` rows of it are exported).
import type { SyncConfig } from '$lib/model';
import type { RehearseDb } from './database';
import { writeTransaction } from './transact';

/** Whether a stored meta value is a usable sync config (sync is on exactly when one is stored). */
export function isSyncOn(value: unknown): value is SyncConfig {
	if (typeof value !== 'object' || value === null) return false;
	const c = value as Record<string, unknown>;
	return ['serverUrl', 'database', 'username', 'password', 'origin'].every((key) => typeof c[key] === 'string');
}

export async function loadSyncConfig(db: RehearseDb): Promise<SyncConfig | null> {
	const value = (await db.meta.get('syncConfig'))?.value;
	return isSyncOn(value) ? value : null;
}

/**
 * Stores the config and starts queueing changes. Turning sync on (or pointing it at another server
 * or database) queues everything of the user's, and forgets what the previous server had, so the
 * first sync sends the whole history and reads the server's from the start.
 */
export async function saveSyncConfig(db: RehearseDb, config: SyncConfig, now: number): Promise<void> {
	const before = await loadSyncConfig(db);
	const sameTarget = before !== null && before.serverUrl === config.serverUrl && before.database === config.database;
	db.syncTracking = true;
	await writeTransaction(db, [db.meta, db.syncDocs, db.syncHeld], async () => {
		await db.meta.put({ key: 'syncConfig', value: { ...config } });
		if (!sameTarget) {
			await db.meta.bulkDelete(['syncSince', 'syncLastAt', 'syncRestoring']);
			await db.syncDocs.clear();
			await db.syncHeld.clear();
		}
	});
	// By import: the sync bookkeeping loads only once sync is turned on (open() checks the config on every start).
	if (!sameTarget) await (await import('./sync-store')).queueEverything(db, now);
}

/** Turns sync off: the credentials and every trace of the server are deleted from the device. */
export async function clearSyncConfig(db: RehearseDb): Promise<void> {
	db.syncTracking = false;
	await writeTransaction(db, [db.meta, db.syncOutbox, db.syncDocs, db.syncConflicts, db.syncHeld], async () => {
		await db.meta.bulkDelete(['syncConfig', 'syncSince', 'syncLastAt', 'syncReplay', 'syncRestoring']);
		await db.syncOutbox.clear();
		await db.syncDocs.clear();
		await db.syncConflicts.clear();
		await db.syncHeld.clear();
	});
}
