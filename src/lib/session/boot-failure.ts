// What the app shows when boot fails. If the database itself cannot be opened, reloading will not
// help and the study pages cannot work: the app boots into the recovery screen, which explains why and
// offers to restore a backup. A later failure (content not loaded) keeps the simple "Try again".

export type RecoveryReason =
	/** Saved data was written by a newer Rehearse (VersionError): reloading usually brings that version. */
	| 'newer-version'
	/** The browser offers no IndexedDB here (disabled storage, some private modes). */
	| 'storage-unavailable'
	/** IndexedDB exists but this database will not open (corrupt, failed upgrade, browser error). */
	| 'cannot-open';

export type BootFailure = { screen: 'recovery'; reason: RecoveryReason } | { screen: 'retry' };

export type BootStage = 'open' | 'load';

/** Names of the error and the errors Dexie wrapped inside it. */
function names(error: unknown): string[] {
	const found: string[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 8 && typeof current === 'object' && current !== null; depth++) {
		const { name, inner } = current as { name?: unknown; inner?: unknown };
		if (typeof name === 'string') found.push(name);
		current = inner;
	}
	return found;
}

export function bootFailure(stage: BootStage, error: unknown): BootFailure {
	if (stage !== 'open') return { screen: 'retry' };
	const seen = names(error);
	if (seen.includes('VersionError')) return { screen: 'recovery', reason: 'newer-version' };
	if (seen.some((name) => name === 'MissingAPIError' || name === 'SecurityError'))
		return { screen: 'recovery', reason: 'storage-unavailable' };
	return { screen: 'recovery', reason: 'cannot-open' };
}

/** The browser's own words for the failure, shown small under the explanation (useful in a bug report). */
export function technicalDetail(error: unknown): string {
	const name = error instanceof Error || error instanceof DOMException ? error.name : 'Error';
	const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
	return `The browser said: ${name}${message ? `: ${message}` : ''}`;
}
