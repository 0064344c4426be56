// The one way a failure becomes words on screen. Storage problems are told in storage terms;
// anything else by what was being done when it failed, so a failed read never says "Saving failed".
import { storageMessage } from '$lib/db';

/** What the user was doing: reading a screen's data, writing something, or running code. */
export type FailedAction = 'load' | 'save' | 'run';

const WORDS: Record<FailedAction, (name: string) => string> = {
	load: (name) => `Loading failed (${name}). Nothing saved was changed; try again.`,
	save: (name) => `Saving failed (${name}). Nothing already saved was lost; try again.`,
	run: (name) => `Running failed (${name}); try again.`
};

/**
 * The message for a failure, logged for whoever debugs it. A runner's own message (a missing
 * dataset, an engine that could not start) is kept: it already says what went wrong.
 *
 * reportError(new DOMException('', 'QuotaExceededError'), 'save') → the storage-full message
 * reportError(new TypeError('x is undefined'), 'load') → 'Loading failed (TypeError). …'
 */
export function reportError(error: unknown, action: FailedAction): string {
	console.error(error);
	const known = storageMessage(error);
	if (known) return known;
	if (action === 'run' && error instanceof Error && error.message) return error.message;
	return WORDS[action](error instanceof Error ? error.name : 'Error');
}
