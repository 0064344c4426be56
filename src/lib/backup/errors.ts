// Everything that can be wrong with a backup file, as one error type with a sentence for the user.

export type BackupProblem =
	| 'empty'
	| 'too-large'
	| 'not-a-backup'
	| 'damaged'
	| 'truncated'
	| 'newer-version'
	| 'invalid'
	| 'changed-meanwhile';

export class BackupError extends Error {
	override name = 'BackupError';
	/**
	 * @param problem what kind of wrong, for code that reacts to it
	 * @param message one sentence for the user
	 * @param details every specific problem found, each naming its path (`data.reviews[31].grade …`)
	 */
	constructor(
		readonly problem: BackupProblem,
		message: string,
		readonly details: readonly string[] = []
	) {
		super(message);
	}
}

export function isBackupError(e: unknown): e is BackupError {
	return e instanceof BackupError;
}

/** "12.4 MB": sizes in messages. */
export function megabytes(bytes: number): string {
	return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
