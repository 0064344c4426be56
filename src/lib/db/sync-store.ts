// Sync's bookkeeping and its way into the user's tables. It knows documents only by id and as the
// records they stand for (LocalRecord); what a document looks like on the server, and which
// version wins, is the sync module's business ($lib/sync). Writes that come from the server run in
// transactions marked by markFromServer, so they are never queued back to it.
import type { Table } from 'dexie';
import { cardsOf } from '$lib/content';
import type {
	CardRecord,
	Flag,
	InterviewRecord,
	ItemRecord,
	ReviewRecord,
	SetRecord,
	SyncConflictRecord,
	SyncDocRecord,
	SyncHeldRecord,
	SyncKind
} from '$lib/model';
import { parseSyncDocId, syncDocId, USER_ID_PREFIX } from '$lib/model';
import { newCardState, replay, schedulerSettingsOf } from '$lib/srs';
import type { RehearseDb } from './database';
import type { DesignProgress } from './meta';
import { markFromServer, RESCAN } from './outbox';
import { loadSettings } from './settings';
import { writeTransaction } from './transact';

/**
 * The record a synced document stands for, as this device stores it. `null` means it is not here:
 * never made, or deleted (an undone review, a deleted set or interview).
 */
export type LocalRecord =
	| { kind: 'review'; key: string; value: ReviewRecord | null }
	| { kind: 'card-flags'; key: string; value: { suspended: Flag } | null }
	| { kind: 'user-item'; key: string; value: ItemRecord | null }
	| { kind: 'set'; key: string; value: SetRecord | null }
	| { kind: 'interview'; key: string; value: InterviewRecord | null }
	| { kind: 'setting'; key: string; value: { value: unknown } | null }
	| { kind: 'design'; key: string; value: DesignProgress | null };

/** One document as this device has it: the record, what the server last agreed on, and whether it changed since. */
export interface LocalVersion {
	record: LocalRecord;
	known: SyncDocRecord | null;
	/** When it was changed here and not yet sent, else null. */
	pendingAt: number | null;
}

const SYNC_TABLES = (db: RehearseDb) => [db.reviews, db.cards, db.items, db.sets, db.interviews, db.settings, db.meta];

async function readRecord(db: RehearseDb, kind: SyncKind, key: string): Promise<LocalRecord> {
	switch (kind) {
		case 'review':
			return { kind, key, value: (await db.reviews.get(key)) ?? null };
		case 'card-flags': {
			const card = await db.cards.get(key);
			return { kind, key, value: card ? { suspended: card.suspended } : null };
		}
		case 'user-item': {
			const item = await db.items.get(key);
			return { kind, key, value: item && item.origin === 'user' ? item : null };
		}
		case 'set':
			return { kind, key, value: (await db.sets.get(key)) ?? null };
		case 'interview':
			return { kind, key, value: (await db.interviews.get(key)) ?? null };
		case 'setting': {
			const row = await db.settings.get(key);
			return { kind, key, value: row ? { value: row.value } : null };
		}
		case 'design': {
			const row = await db.meta.get(`design:${key}`);
			return { kind, key, value: (row?.value as DesignProgress | undefined) ?? null };
		}
	}
}

/** This device's version of each document, read in one transaction. Ids that are not ours are left out. */
export async function localVersions(db: RehearseDb, docIds: readonly string[]): Promise<Map<string, LocalVersion>> {
	return db.transaction('r', [...SYNC_TABLES(db), db.syncDocs, db.syncOutbox], async () => {
		// One get per id (bulkGet), not a key-ordered walk (anyOf): a walk's cursor skips across the
		// whole key range between ids, and a pulled page's review ids are spread over the log, so in
		// Chromium 156 the walks of a first sync of 100,000 reviews grew to 195 s against 3.0 s of gets.
		const parsed = docIds.map((docId) => parseSyncDocId(docId));
		const reviewKeys = parsed.flatMap((p) => (p?.kind === 'review' ? [p.key] : []));
		const [known, pending, stored] = await Promise.all([
			byKey(rowsOf(db.syncDocs, docIds), (row) => row.docId),
			byKey(rowsOf(db.syncOutbox, docIds), (row) => row.docId),
			byKey(db.reviews.bulkGet(reviewKeys), (row) => row.id)
		]);
		const out = new Map<string, LocalVersion>();
		for (let i = 0; i < docIds.length; i++) {
			const p = parsed[i];
			if (!p) continue;
			const docId = docIds[i];
			const record: LocalRecord = p.kind === 'review' ? { kind: 'review', key: p.key, value: stored.get(p.key) ?? null } : await readRecord(db, p.kind, p.key);
			out.set(docId, { record, known: known.get(docId) ?? null, pendingAt: pending.get(docId)?.at ?? null });
		}
		return out;
	});
}

/**
 * The rows of these ids. A table no bigger than the list (the bookkeeping of a first sync is empty
 * or nearly) is read whole, in one request, instead of a get per id.
 */
async function rowsOf<T>(table: Table<T, string>, ids: readonly string[]): Promise<(T | undefined)[]> {
	if ((await table.count()) <= ids.length) return table.toArray();
	return table.bulkGet([...ids]);
}

async function byKey<T>(rows: Promise<(T | undefined)[]>, keyOf: (row: T) => string): Promise<Map<string, T>> {
	const found = new Map<string, T>();
	for (const row of await rows) if (row !== undefined) found.set(keyOf(row), row);
	return found;
}

/** How many documents wait to be sent. */
export function outboxCount(db: RehearseDb): Promise<number> {
	return db.syncOutbox.count();
}

/** The next documents to send, oldest change first; a cleared table first queues everything again. */
export async function nextToSend(db: RehearseDb, limit: number, now: number): Promise<{ docId: string; at: number; version: LocalVersion }[]> {
	if (await db.syncOutbox.get(RESCAN)) await queueEverything(db, now);
	const rows = (await db.syncOutbox.toArray()).sort((a, b) => a.at - b.at).slice(0, limit);
	const versions = await localVersions(db, rows.map((row) => row.docId));
	const out = [];
	for (const row of rows) {
		const version = versions.get(row.docId);
		if (version) out.push({ docId: row.docId, at: row.at, version });
	}
	// An id that is not ours (written by another version of the app) can never be sent: drop it.
	const unknown = rows.filter((row) => !versions.has(row.docId)).map((row) => row.docId);
	if (unknown.length) await db.syncOutbox.bulkDelete(unknown);
	return out;
}

/**
 * Records what the server accepted, and takes each document off the outbox unless it changed again
 * while it was being sent (its `at` moved on). `unchanged` are queued documents that turned out to
 * equal what the server has: they only leave the outbox.
 */
export async function recordSent(db: RehearseDb, sent: { docId: string; at: number; synced: SyncDocRecord }[], unchanged: { docId: string; at: number }[] = []): Promise<void> {
	await db.transaction('rw', [db.syncDocs, db.syncOutbox], async () => {
		const done = [...sent, ...unchanged];
		const queued = await db.syncOutbox.bulkGet(done.map((entry) => entry.docId));
		await db.syncDocs.bulkPut(sent.map((entry) => entry.synced));
		await db.syncOutbox.bulkDelete(done.filter((entry, i) => queued[i]?.at === entry.at).map((entry) => entry.docId));
	});
}

/** Queues every synced record of the user's: sync was just turned on, or a table was replaced. */
export async function queueEverything(db: RehearseDb, now: number): Promise<void> {
	const ids: string[] = [];
	await db.transaction('r', [db.reviews, db.cards, db.items, db.sets, db.interviews, db.settings, db.meta], async () => {
		for (const key of await db.reviews.toCollection().primaryKeys()) ids.push(syncDocId('review', key));
		for (const key of await db.cards.filter((card) => card.suspended === 1).primaryKeys()) ids.push(syncDocId('card-flags', key));
		for (const key of await db.items.where('id').startsWith(USER_ID_PREFIX).primaryKeys()) ids.push(syncDocId('user-item', key));
		for (const key of await db.sets.toCollection().primaryKeys()) ids.push(syncDocId('set', key));
		for (const key of await db.interviews.toCollection().primaryKeys()) ids.push(syncDocId('interview', key));
		for (const key of await db.settings.toCollection().primaryKeys()) ids.push(syncDocId('setting', key));
		for (const key of await db.meta.where('key').startsWith('design:').primaryKeys()) ids.push(syncDocId('design', key.slice('design:'.length)));
	});
	await db.transaction('rw', [db.syncOutbox], async () => {
		await db.syncOutbox.delete(RESCAN);
		await db.syncOutbox.bulkPut(ids.map((docId) => ({ docId, at: now })));
	});
}

/** Reviews per write request while storing a pulled batch. */
const WRITE_PART = 125;

/** What one pulled batch changes here, decided by the sync module's merge rules. */
export interface ServerBatch {
	/** Records to store as the server's winning versions (a null value deletes). */
	records: LocalRecord[];
	/** What this device and the server now agree on, per document. */
	synced: SyncDocRecord[];
	/** Local changes the server's version replaced or already equals: not to be sent. */
	dropQueued: string[];
	/** Local versions that won over the server's and must be sent. */
	requeue: { docId: string; at: number }[];
	conflicts: SyncConflictRecord[];
	/** Documents that are applied from the held list (the rest of the list stays). */
	unheld: string[];
	/** The changes feed's position after this batch: saved with it, so a pull resumes there. */
	since: string | null;
}

export interface AppliedBatch {
	/** Cards whose reviews changed: their state must be replayed (replayCards). */
	cardsToReplay: string[];
	/** Records held back because the card they belong to is not on this device (yet). */
	held: number;
}

/**
 * Writes a pulled batch in one transaction: the records, the bookkeeping and the checkpoint
 * together, so an interrupted sync resumes from a consistent place. A review or card flag of a
 * card this device does not have is held (syncHeld) and tried again on the next pull.
 */
export async function applyServerBatch(db: RehearseDb, batch: ServerBatch, heldRevs: Map<string, string>, now: number): Promise<AppliedBatch> {
	const tables = [...SYNC_TABLES(db), db.syncDocs, db.syncOutbox, db.syncConflicts, db.syncHeld];
	return writeTransaction(db, tables, async () => {
		markFromServer();
		const cardsToReplay = new Set<string>();
		const held: SyncHeldRecord[] = [];
		const holdOf = (record: LocalRecord, reason: string): SyncHeldRecord => {
			const docId = syncDocId(record.kind, record.key);
			return { docId, rev: heldRevs.get(docId) ?? batch.synced.find((s) => s.docId === docId)?.rev ?? '', doc: record as unknown as Record<string, unknown>, reason };
		};
		// Own cards first: reviews in the same batch may belong to their cards.
		for (const record of batch.records) if (record.kind === 'user-item' && record.value) await storeUserItem(db, record.value, now);
		// Reviews in bulk (a first sync brings a hundred thousand): one read of their cards, one write.
		const reviews = batch.records.filter((r): r is Extract<LocalRecord, { kind: 'review' }> => r.kind === 'review');
		const added = reviews.flatMap((r) => (r.value ? [r.value] : []));
		const removed = reviews.filter((r) => r.value === null).map((r) => r.key);
		// Which cards are here: all their ids in one read (a few thousand keys), rather than a get per
		// card the batch touches (nearly every card, batch after batch, in a first sync).
		const present = new Set(added.length ? await db.cards.toCollection().primaryKeys() : []);
		const storable = added.filter((review) => present.has(review.cardId));
		for (const r of reviews) if (r.value && !present.has(r.value.cardId)) held.push(holdOf(r, `the card ${r.value.cardId} is not on this device`));
		// In parts, each awaited: a part's values are copied on the page's thread (structured clone),
		// and 500 at once made a task of up to 80 ms.
		for (let from = 0; from < storable.length; from += WRITE_PART) await db.reviews.bulkPut(storable.slice(from, from + WRITE_PART));
		for (const review of storable) cardsToReplay.add(review.cardId);
		for (const gone of await db.reviews.bulkGet(removed)) if (gone) cardsToReplay.add(gone.cardId);
		await db.reviews.bulkDelete(removed);
		for (const record of batch.records) {
			switch (record.kind) {
				case 'card-flags': {
					if (record.value === null) break;
					const updated = await db.cards.update(record.key, { suspended: record.value.suspended });
					if (!updated && !(await db.cards.get(record.key))) held.push(holdOf(record, `the card ${record.key} is not on this device`));
					break;
				}
				case 'set':
					if (record.value) await db.sets.put(record.value);
					else await db.sets.delete(record.key);
					break;
				case 'interview':
					if (record.value) await db.interviews.put(record.value);
					else await db.interviews.delete(record.key);
					break;
				case 'setting':
					if (record.value) await db.settings.put({ key: record.key, value: record.value.value });
					break;
				case 'design':
					if (record.value) await db.meta.put({ key: `design:${record.key}`, value: record.value });
					break;
				default:
					break;
			}
		}
		await db.syncDocs.bulkPut(batch.synced);
		await db.syncOutbox.bulkDelete(batch.dropQueued);
		await db.syncOutbox.bulkPut(batch.requeue);
		await db.syncConflicts.bulkPut(batch.conflicts);
		await db.syncHeld.bulkDelete(batch.unheld);
		await db.syncHeld.bulkPut(held);
		if (batch.since !== null) await db.meta.put({ key: 'syncSince', value: batch.since });
		// Cards to replay are remembered with the checkpoint: replaying waits until a whole pull is
		// in (a card's reviews may span many pages), and a sync cut off before it resumes it.
		if (cardsToReplay.size) {
			const waiting = ((await db.meta.get('syncReplay'))?.value as string[] | undefined) ?? [];
			await db.meta.put({ key: 'syncReplay', value: [...new Set([...waiting, ...cardsToReplay])] });
		}
		return { cardsToReplay: [...cardsToReplay], held: held.length };
	});
}

/** An own card from the server, with its cards brought in line (as saveUserItem does for an edit). */
async function storeUserItem(db: RehearseDb, item: ItemRecord, now: number): Promise<void> {
	const before = await db.items.get(item.id);
	if (before && before.origin !== 'user') return; // never overwrite bundled content
	const existing = new Map((await db.cards.where('itemId').equals(item.id).toArray()).map((card) => [card.id, card]));
	const wanted = cardsOf(item);
	const writes: CardRecord[] = [];
	for (const spec of wanted) {
		const card = existing.get(spec.id);
		if (!card) writes.push({ ...spec, ...newCardState(now), suspended: 0, archived: item.archived, createdAt: now });
		else if (card.archived !== item.archived || card.deck !== spec.deck) writes.push({ ...card, deck: spec.deck, archived: item.archived });
	}
	const wantedIds = new Set(wanted.map((spec) => spec.id));
	for (const card of existing.values()) if (!wantedIds.has(card.id) && !card.archived) writes.push({ ...card, archived: 1 });
	await db.items.put(item);
	await db.cards.bulkPut(writes);
}

/**
 * Replays the reviews of these cards and stores the states, in one transaction: every device
 * holding the same reviews ends with the same schedule, whatever order they arrived in. Call it in
 * slices (a few hundred cards) so no task blocks the page for long.
 */
export async function replayCards(db: RehearseDb, cardIds: readonly string[]): Promise<number> {
	if (cardIds.length === 0) return 0;
	const settings = schedulerSettingsOf(await loadSettings(db));
	return writeTransaction(db, [db.cards, db.reviews], async () => {
		markFromServer();
		// Each card's reviews as one range read of the index (a request per card), not a walk over
		// several cards' keys (a request per review).
		const [cards, reviewsOf] = await Promise.all([
			db.cards.bulkGet([...cardIds]),
			Promise.all(cardIds.map((cardId) => db.reviews.where('cardId').equals(cardId).toArray()))
		]);
		const byCard = new Map(cardIds.map((cardId, i) => [cardId, reviewsOf[i]]));
		const writes: CardRecord[] = [];
		for (const card of cards) {
			if (!card) continue;
			const ordered = (byCard.get(card.id) ?? []).sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
			writes.push({ ...card, ...replay(ordered, card.createdAt, settings) });
		}
		await db.cards.bulkPut(writes);
		return writes.length;
	});
}

/** Cards whose reviews changed in a pull and that are not replayed yet. */
export async function cardsAwaitingReplay(db: RehearseDb): Promise<string[]> {
	return ((await db.meta.get('syncReplay'))?.value as string[] | undefined) ?? [];
}

/** Replays some of the cards awaiting it and takes them off the list, in one transaction each. */
export async function replayAwaiting(db: RehearseDb, cardIds: readonly string[]): Promise<void> {
	await replayCards(db, cardIds);
	await writeTransaction(db, [db.meta], async () => {
		const done = new Set(cardIds);
		const waiting = ((await db.meta.get('syncReplay'))?.value as string[] | undefined) ?? [];
		const left = waiting.filter((id) => !done.has(id));
		if (left.length) await db.meta.put({ key: 'syncReplay', value: left });
		else await db.meta.delete('syncReplay');
	});
}

/** The held documents, to try again after a pull (their card may have arrived). */
export function heldDocuments(db: RehearseDb): Promise<SyncHeldRecord[]> {
	return db.syncHeld.toArray();
}

/** Whether a restore from the server is under way: its pull keeps the server's versions (restore.ts in $lib/sync). */
export async function syncRestoring(db: RehearseDb): Promise<boolean> {
	return (await db.meta.get('syncRestoring'))?.value === true;
}

export async function setSyncRestoring(db: RehearseDb, on: boolean): Promise<void> {
	await db.transaction('rw', [db.meta], async () => {
		if (on) await db.meta.put({ key: 'syncRestoring', value: true });
		else await db.meta.delete('syncRestoring');
	});
}

export function syncCheckpoint(db: RehearseDb): Promise<string | undefined> {
	return db.meta.get('syncSince').then((row) => row?.value as string | undefined);
}

export async function recordSyncedAt(db: RehearseDb, at: number): Promise<void> {
	await db.transaction('rw', [db.meta], () => db.meta.put({ key: 'syncLastAt', value: at }));
}

export function listConflicts(db: RehearseDb): Promise<SyncConflictRecord[]> {
	return db.syncConflicts.toArray();
}

/**
 * Settles a conflict. Keeping the version that was kept only forgets the other; keeping the lost
 * one stores it as a new edit made now, so it wins on every device once sent.
 */
export async function settleConflict(db: RehearseDb, id: string, keep: 'kept' | 'lost', restore: (lost: SyncConflictRecord) => LocalRecord | null, now: number): Promise<void> {
	const conflict = await db.syncConflicts.get(id);
	if (!conflict) return;
	const record = keep === 'lost' ? restore(conflict) : null;
	await writeTransaction(db, [...SYNC_TABLES(db), db.syncConflicts, db.syncOutbox, db.syncDocs, db.syncHeld], async () => {
		if (record) {
			markFromServer();
			if (record.kind === 'user-item' && record.value) await storeUserItem(db, { ...record.value, updatedAt: now }, now);
			else if (record.kind === 'set') await (record.value ? db.sets.put(record.value) : db.sets.delete(record.key));
			else if (record.kind === 'interview') await (record.value ? db.interviews.put(record.value) : db.interviews.delete(record.key));
			else if (record.kind === 'setting' && record.value) await db.settings.put({ key: record.key, value: record.value.value });
			else if (record.kind === 'card-flags' && record.value) await db.cards.update(record.key, { suspended: record.value.suspended });
			await db.syncOutbox.put({ docId: conflict.docId, at: now });
		}
		await db.syncConflicts.delete(id);
	});
}

/** How many reviews each of these cards has (from the index alone): to size replay slices. */
export async function reviewCountsOf(db: RehearseDb, cardIds: readonly string[]): Promise<Map<string, number>> {
	const counts = await db.transaction('r', db.reviews, () => Promise.all(cardIds.map((id) => db.reviews.where('cardId').equals(id).count())));
	return new Map(cardIds.map((id, i) => [id, counts[i]]));
}
