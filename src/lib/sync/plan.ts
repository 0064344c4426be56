// A pulled batch of documents → what to write here (ServerBatch). Pure: the database reads this
// device's versions before, and writes the plan in one transaction after.
import type { LocalRecord, LocalVersion, ServerBatch } from '$lib/db';
import type { SyncConflictRecord } from '$lib/model';
import { bodyHash, bodyOfRecord, fromDoc, type ReadDoc } from './docs';
import { mergeVersions, type Version } from './merge';

export interface Refusal {
	docId: string;
	problems: string[];
}

/** This device's version of a document as the merge sees it. */
export function localVersionOf(version: LocalVersion): Version | null {
	// A record that is not here is a deletion only when this device deleted it (the deletion waits
	// in the outbox); otherwise this device simply never had it, and must not send a tombstone.
	if (version.record.value === null && version.pendingAt === null) return null;
	const body = bodyOfRecord(version.record);
	if (!body) return null;
	const { record } = version;
	// An own card carries its edit time; anything else the time it was changed here, or the time of
	// the version both sides last agreed on.
	const updatedAt =
		record.kind === 'user-item' && record.value ? record.value.updatedAt : (version.pendingAt ?? version.known?.updatedAt ?? 0);
	return { body, updatedAt };
}

/** What the user sees a document as, in the conflict list. */
export function labelOf(record: LocalRecord): string {
	switch (record.kind) {
		case 'user-item':
			return `Own card: ${record.value?.title ?? record.key}`;
		case 'set':
			return `Saved set: ${record.value?.name ?? '(deleted)'}`;
		case 'interview':
			return `Interview: ${record.value?.name ?? '(deleted)'}`;
		case 'setting':
			return `Setting: ${record.key}`;
		case 'card-flags':
			return `Suspended flag of ${record.key}`;
		default:
			return `${record.kind}: ${record.key}`;
	}
}

export interface PlanOptions {
	/**
	 * Restoring from the server (restore.ts): of a document both sides have, the server's version is
	 * kept, whatever its time, and this device's is neither sent nor kept as a conflict. Reviews and
	 * design progress still merge as always (they only add up).
	 */
	serverWins?: boolean;
}

/**
 * Plans a pulled batch. Documents that fail validation are refused and reported; the rest of the
 * batch goes on. `since` is the feed position after the batch.
 */
export function planPulled(
	raw: readonly unknown[],
	locals: ReadonlyMap<string, LocalVersion>,
	since: string | null,
	now: number,
	{ serverWins = false }: PlanOptions = {}
): { batch: ServerBatch; refused: Refusal[] } {
	const batch: ServerBatch = { records: [], synced: [], dropQueued: [], requeue: [], conflicts: [], unheld: [], since };
	const refused: Refusal[] = [];
	for (const doc of raw) {
		const read = fromDoc(doc);
		if (!read.ok) {
			refused.push({ docId: read.docId, problems: read.problems });
			continue;
		}
		planOne(read, locals.get(read.docId) ?? null, batch, now, serverWins);
	}
	return { batch, refused };
}

function planOne(read: Extract<ReadDoc, { ok: true }>, local: LocalVersion | null, batch: ServerBatch, now: number, serverWins: boolean): void {
	const remote: Version = { body: read.body, updatedAt: read.updatedAt };
	// Hashed only when needed: a first sync's reviews never need it, and it is most of planning's time.
	let hash: string | null = null;
	const remoteHash = () => (hash ??= bodyHash(read.body));
	const mine = local ? localVersionOf(local) : null;
	const pending = local?.pendingAt != null;
	const concurrent = pending && local?.known?.hash !== remoteHash();
	// A review new to this device is stored without a note of the server's revision: reviews are
	// immutable, so the revision is needed only to send this review again (an undo here, a restored
	// backup), which is rare, and then the send meets a conflict and reads it back (engine.ts). It
	// halves the writes of a first sync, a hundred thousand reviews.
	const unrecorded = read.record.kind === 'review' && !local?.known && !pending;
	// `sending`: this device's version goes to the server next, over this revision.
	const agree = (version: Version, sending = false) => {
		if (sending || !unrecorded) batch.synced.push({ docId: read.docId, rev: read.rev, hash: remoteHash(), updatedAt: version.updatedAt });
	};
	const kind = read.record.kind;
	const outcome =
		serverWins && mine && kind !== 'review' && kind !== 'design'
			? ({ keep: 'remote', lost: null } as const)
			: mergeVersions(kind, mine, concurrent, remote);
	const conflict = (kept: Version, lost: Version, keptWasMine: boolean): SyncConflictRecord => ({
		id: `${read.docId}@${bodyHash(lost.body)}`,
		docId: read.docId,
		label: labelOf(keptWasMine || !local ? read.record : local.record),
		kept,
		lost,
		keptWasMine,
		foundAt: now
	});
	switch (outcome.keep) {
		case 'same':
			agree(remote);
			if (pending) batch.dropQueued.push(read.docId);
			return;
		case 'remote':
			batch.records.push(read.record);
			agree(remote);
			if (pending) batch.dropQueued.push(read.docId);
			if (outcome.lost) batch.conflicts.push({ ...conflict(remote, outcome.lost, false), label: labelOf(local!.record) });
			return;
		case 'local':
			// The server holds the other version under this revision: ours overwrites it when sent.
			agree(remote, true);
			batch.requeue.push({ docId: read.docId, at: mine!.updatedAt });
			if (outcome.lost) batch.conflicts.push(conflict(mine!, outcome.lost, true));
			return;
		case 'merged': {
			const { version } = outcome;
			if (read.record.kind === 'design')
				batch.records.push({
					kind: 'design',
					key: read.record.key,
					value: { sectionsRead: version.body.sectionsRead as string[], queriesRun: version.body.queriesRun as string[] }
				});
			agree(remote, true);
			batch.requeue.push({ docId: read.docId, at: version.updatedAt });
			return;
		}
	}
}
