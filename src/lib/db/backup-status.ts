// What the backup reminder needs: when the last backup was made and how much history came since.
// Kept apart from backup.ts so the Today screen can ask without loading the file format, the
// validator and the merge planner.
import type { RehearseDb } from './database';
import { getMeta } from './meta';
import { writeTransaction } from './transact';

/** Remembers that a backup holding `reviewCount` reviews was saved at `exportedAt`. */
export async function recordBackupMade(db: RehearseDb, { exportedAt, reviewCount }: { exportedAt: number; reviewCount: number }): Promise<void> {
	await writeTransaction(db, [db.meta], () =>
		db.meta.bulkPut([
			{ key: 'lastBackupAt', value: exportedAt },
			{ key: 'lastBackupReviewCount', value: reviewCount }
		])
	);
}

export interface BackupStatus {
	lastBackupAt: number | null;
	/** The oldest review: with no backup yet, the reminder counts from it. */
	firstReviewAt: number | null;
	reviewCount: number;
	/** Reviews made since the last backup (by count), so "new history" is known without scanning. */
	reviewsSinceBackup: number;
	nudgeDismissedAt: number | null;
}

export async function backupStatus(db: RehearseDb): Promise<BackupStatus> {
	const [lastBackupAt, countAtBackup, nudgeDismissedAt, reviewCount, first] = await Promise.all([
		getMeta(db, 'lastBackupAt'),
		getMeta(db, 'lastBackupReviewCount'),
		getMeta(db, 'backupNudgeDismissedAt'),
		db.reviews.count(),
		db.reviews.orderBy('reviewedAt').first()
	]);
	return {
		lastBackupAt: lastBackupAt ?? null,
		firstReviewAt: first?.reviewedAt ?? null,
		reviewCount,
		reviewsSinceBackup: Math.max(0, reviewCount - (countAtBackup ?? 0)),
		nudgeDismissedAt: nudgeDismissedAt ?? null
	};
}

export async function dismissBackupNudge(db: RehearseDb, now: number): Promise<void> {
	await writeTransaction(db, [db.meta], () => db.meta.put({ key: 'backupNudgeDismissedAt', value: now }));
}
