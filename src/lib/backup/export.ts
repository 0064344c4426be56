// The device's data → a backup file the user can keep.
import { draftOf } from '$lib/user-items';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_FILE_BYTES, type BackupFileV2, type BackupUserItem } from './format';
import type { Snapshot } from './snapshot';
import { zipBackup } from './zip';

export interface ExportedBackup {
	blob: Blob;
	/** `rehearse-backup-2026-11-21.json` (or `.zip`). */
	name: string;
	reviewCount: number;
	exportedAt: number;
}

/** Builds the file's contents from everything of the user's. Pure. */
export function toBackupFile(snapshot: Snapshot, { now, contentHash, appVersion }: { now: number; contentHash: string; appVersion: string }): BackupFileV2 {
	const userItems: BackupUserItem[] = [];
	for (const item of snapshot.items) {
		if (item.origin !== 'user') continue;
		const draft = draftOf(item);
		if (draft) userItems.push({ id: item.id, draft, archived: item.archived === 1, updatedAt: item.updatedAt });
	}
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: now,
		app: { contentHash, appVersion },
		data: {
			reviews: snapshot.reviews,
			cards: snapshot.cards,
			attempts: snapshot.attempts,
			userItems,
			sets: snapshot.sets,
			settings: Object.fromEntries(snapshot.settings.map(({ key, value }) => [key, value])),
			interviews: snapshot.interviews,
			drafts: snapshot.drafts,
			designProgress: snapshot.designProgress
		}
	};
}

/**
 * The file as a Blob. Zipped when asked, and always when plain JSON would pass the import limit, so
 * every backup the app makes is one it can read back.
 */
export function serialiseBackup(file: BackupFileV2, { zip }: { zip: boolean }): ExportedBackup {
	const json = JSON.stringify(file);
	const zipped = zip || json.length > MAX_FILE_BYTES * 0.9;
	const stamp = localDate(file.exportedAt);
	const blob = zipped
		? new Blob([zipBackup(json)], { type: 'application/zip' })
		: new Blob([json], { type: 'application/json' });
	return {
		blob,
		name: `rehearse-backup-${stamp}.${zipped ? 'zip' : 'json'}`,
		reviewCount: file.data.reviews.length,
		exportedAt: file.exportedAt
	};
}

function localDate(at: number): string {
	const d = new Date(at);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
