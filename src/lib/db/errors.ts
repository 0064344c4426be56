// Storage errors, turned into sentences a user can act on. Dexie wraps the browser's errors: a
// quota failure can arrive as itself, as the `inner` of an AbortError, or inside a BulkError.

export const QUOTA_MESSAGE =
	'Your device is out of storage space. Nothing already saved was lost; free some space and try again.';
export const STALE_TAB_MESSAGE = 'This tab is out of date: Rehearse was updated in another tab. Reload to keep going.';

/** Thrown by writes after another tab upgraded the database; the UI should offer a reload. */
export class StaleTabError extends Error {
	override name = 'StaleTabError';
	constructor() {
		super(STALE_TAB_MESSAGE);
	}
}

interface ErrorLike {
	name?: unknown;
	inner?: unknown;
	failures?: unknown;
	failuresByPos?: unknown;
}

/** The error and every error nested in it (inner, bulk failures), depth-first. */
function* chain(e: unknown, depth = 0): Generator<ErrorLike> {
	if (depth > 8 || typeof e !== 'object' || e === null) return;
	const err = e as ErrorLike;
	yield err;
	yield* chain(err.inner, depth + 1);
	const failures = Array.isArray(err.failures)
		? err.failures
		: err.failuresByPos && typeof err.failuresByPos === 'object'
			? Object.values(err.failuresByPos)
			: [];
	for (const failure of failures) yield* chain(failure, depth + 1);
}

function hasName(e: unknown, ...names: string[]): boolean {
	for (const err of chain(e)) if (typeof err.name === 'string' && names.includes(err.name)) return true;
	return false;
}

/** True when the browser refused a write for lack of space, however deeply Dexie wrapped it. */
export function isQuotaError(e: unknown): boolean {
	return hasName(e, 'QuotaExceededError');
}

export function isStaleTabError(e: unknown): boolean {
	return hasName(e, 'StaleTabError');
}

/**
 * A message for the user. Unknown errors keep their name so a bug report says what happened.
 * @example userMessage(new DOMException('', 'QuotaExceededError')) // QUOTA_MESSAGE
 */
export function userMessage(e: unknown): string {
	const known = storageMessage(e);
	if (known) return known;
	const name = e instanceof Error ? e.name : 'Error';
	return `Saving failed (${name}). Nothing already saved was lost; try again.`;
}

/** The user-facing message for a storage error we recognise, or null for anything else. */
export function storageMessage(e: unknown): string | null {
	if (isQuotaError(e)) return QUOTA_MESSAGE;
	if (isStaleTabError(e)) return STALE_TAB_MESSAGE;
	if (hasName(e, 'VersionError'))
		return 'Your saved data comes from a newer version of Rehearse than this tab. Reload to update.';
	if (hasName(e, 'DatabaseClosedError'))
		return 'The connection to saved data was closed (another tab may have updated Rehearse). Reload to keep going.';
	if (hasName(e, 'MissingAPIError'))
		return 'This browser does not offer offline storage (IndexedDB), which Rehearse needs. Private browsing can cause this.';
	if (hasName(e, 'InvalidStateError', 'UnknownError', 'OpenFailedError'))
		return 'The browser could not open saved data. Reload; if it keeps happening, restart the browser.';
	if (hasName(e, 'ConstraintError')) return 'This was already saved.';
	return null;
}
