// What the recovery screen can do when the database will not open: save a raw copy of whatever is
// still readable, and replace the broken database with a backup file.
import { openDatabase } from '$lib/db';
import { applyBackup } from '$lib/db/backup';
import { deleteDatabaseForRestore, rescueDump } from '$lib/db/rescue';
import { openBackup } from '$lib/backup';
import { now } from '$lib/clock';

/** Offers a file to the user as a download. */
function download(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.click();
	// Revoked later: some browsers read the URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Downloads every row still readable as one JSON file. Resolves to the number of rows saved, or
 * null when there is no database to read.
 */
export async function saveRescueFile(): Promise<number | null> {
	const at = now();
	const dump = await rescueDump(at);
	if (!dump) return null;
	const rows = Object.values(dump.stores).reduce((sum, list) => sum + list.length, 0);
	const day = new Date(at).toISOString().slice(0, 10);
	download(new Blob([JSON.stringify(dump)], { type: 'application/json' }), `rehearse-rescue-${day}.json`);
	return rows;
}

/**
 * Replaces the broken database with a backup: the file is read and fully validated first (a bad
 * file throws a BackupError saying what is wrong, and nothing is deleted), then the database is
 * deleted, created fresh, and the backup written into it ('replace').
 */
export async function restoreIntoFreshDatabase(file: Blob): Promise<void> {
	const backup = await openBackup(file);
	await deleteDatabaseForRestore();
	const db = await openDatabase();
	try {
		await applyBackup(db, backup, 'replace', now());
	} finally {
		db.close();
	}
}
