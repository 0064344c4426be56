// Backups: the file format, reading and validating files, and the pure import plans.
// Reading from and writing to the database is in $lib/db (backup.ts).
export { BACKUP_FORMAT, BACKUP_VERSION, MAX_FILE_BYTES, MAX_JSON_BYTES, type BackupFileV2, type ValidBackup } from './format';
export { BackupError, isBackupError, type BackupProblem } from './errors';
export { readBackupFile } from './read';
export { validateBackup, validateSyncedRecord, type SyncedRecordShapes } from './validate';
export { summarise, type BackupSummary } from './summary';
export { toBackupFile, serialiseBackup, type ExportedBackup } from './export';
export { planMerge } from './plan-merge';
export { planReplace } from './plan-replace';
export type { ImportReport, Snapshot, WritePlan } from './snapshot';

import { readBackupFile } from './read';
import { validateBackup } from './validate';
import type { ValidBackup } from './format';

/** A picked file → a validated backup, or a BackupError saying what is wrong. Writes nothing. */
export async function openBackup(file: Blob): Promise<ValidBackup> {
	return validateBackup(await readBackupFile(file));
}
export { backupAge, shouldNudge, NUDGE_AFTER_DAYS, type NudgeFacts } from './nudge';
export { reportLines, summaryLines } from './report-text';
