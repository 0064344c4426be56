// The ids of synced documents, shared by the database's change recorder (db/outbox.ts) and the
// sync module's document mapping (sync/docs.ts). One id per thing the user owns: a review, one
// card's flags, an own card, a saved set, an interview, a setting, a design scenario's progress.
// !!! These prefixes are what two devices agree on through the server: never rename one. !!!

export const SYNC_KINDS = ['review', 'card-flags', 'user-item', 'set', 'interview', 'setting', 'design'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];

/** `review:2f1c…`, `card-flags:sql-joins-03::solve`, `setting:newPerDay`. */
export type SyncDocId = `${SyncKind}:${string}`;

export function syncDocId(kind: SyncKind, key: string): SyncDocId {
	return `${kind}:${key}`;
}

/** The kind and key of a document id, or null for an id that is not one of ours. */
export function parseSyncDocId(docId: string): { kind: SyncKind; key: string } | null {
	const colon = docId.indexOf(':');
	if (colon < 1) return null;
	const kind = docId.slice(0, colon) as SyncKind;
	const key = docId.slice(colon + 1);
	return (SYNC_KINDS as readonly string[]).includes(kind) && key.length > 0 ? { kind, key } : null;
}
