// Which version of a document a device keeps when its own and the server's differ. Pure, and the
// same on every device: merging A's version into B's keeps what merging B's into A's keeps, and
// merging a version already merged changes nothing.
//   - reviews are immutable; a tombstone (an undone review) wins over the review;
//   - design progress only grows: the union of sections read and queries run;
//   - everything else: the later `updatedAt` wins, a tie goes to the body whose JSON sorts last. When
//     this device had changed the document too (it was waiting to be sent), the loser is kept as a
//     conflict for the user to see and, if they like, pick instead.
import { stableStringify, type SyncKind } from '$lib/model';
import type { DocBody } from './docs';

export interface Version {
	body: DocBody;
	updatedAt: number;
}

export type MergeOutcome =
	/** The two agree: nothing to store or send. */
	| { keep: 'same' }
	/** Store the server's version. `lost` is this device's edit that it replaced, if any. */
	| { keep: 'remote'; lost: Version | null }
	/** Keep this device's version and send it. `lost` is the server's version, when this device had edited too. */
	| { keep: 'local'; lost: Version | null }
	/** Neither side as it is: store and send this merged version (design progress). */
	| { keep: 'merged'; version: Version };

const same = (a: DocBody, b: DocBody) => stableStringify(a) === stableStringify(b);

/** Of two versions, the one every device keeps: the later, then the one whose JSON sorts last. */
export function laterVersion(a: Version, b: Version): Version {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
	return stableStringify(a.body) >= stableStringify(b.body) ? a : b;
}

/**
 * Merges the server's version of a document into this device's.
 * @param local this device's version, or null when it has none
 * @param concurrent whether both sides changed it since they last agreed (then the loser is a conflict)
 */
export function mergeVersions(kind: SyncKind, local: Version | null, concurrent: boolean, remote: Version): MergeOutcome {
	if (!local) return { keep: 'remote', lost: null };
	if (same(local.body, remote.body)) return { keep: 'same' };
	if (kind === 'review') {
		// Only a tombstone can differ from a review with the same id: the undo wins on both sides.
		if (remote.body.deleted === true) return { keep: 'remote', lost: null };
		if (local.body.deleted === true) return { keep: 'local', lost: null };
		return laterVersion(local, remote) === local ? { keep: 'local', lost: null } : { keep: 'remote', lost: null };
	}
	if (kind === 'design') {
		const union = (key: string) => [...new Set([...list(local.body[key]), ...list(remote.body[key])])].sort();
		const body: DocBody = { type: 'design', sectionsRead: union('sectionsRead'), queriesRun: union('queriesRun') };
		const updatedAt = Math.max(local.updatedAt, remote.updatedAt);
		if (same(body, remote.body)) return { keep: 'remote', lost: null };
		if (same(body, local.body)) return { keep: 'local', lost: null };
		return { keep: 'merged', version: { body, updatedAt } };
	}
	const winner = laterVersion(local, remote);
	if (winner === local) return { keep: 'local', lost: concurrent ? remote : null };
	return { keep: 'remote', lost: concurrent ? local : null };
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
