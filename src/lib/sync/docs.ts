// The mapping between this device's records and the documents on the CouchDB server, both ways.
// Pure. A document is `{ _id, _rev, type, updatedAt, ...body }`; its id says what it is
// (model/sync-ids.ts). Reviews are immutable: a review is only ever created, or deleted by undo
// (then its document becomes a tombstone, `deleted: true`, which every device obeys). Everything
// read from a server goes through fromDoc, which checks it as an imported backup's record is
// checked (the backup validator) and rebuilds it from known fields only.
import { validateSyncedRecord } from '$lib/backup';
import {
	hashJson,
	isSettingKey,
	parseSyncDocId,
	syncDocId,
	USER_ID_PREFIX,
	validateSetting,
	type ReviewRecord,
	type SyncKind
} from '$lib/model';
import { draftOf } from '$lib/user-items';
import type { LocalRecord } from '$lib/db';

/** A document as the server stores it. */
export interface SyncDoc {
	_id: string;
	_rev?: string;
	type: SyncKind;
	/** When this version was made, epoch ms: of two concurrent edits, the later one is kept. */
	updatedAt: number;
	[field: string]: unknown;
}

/** A document's content, without its id, revision and time: what two versions are compared by. */
export type DocBody = Record<string, unknown>;

export function bodyOf(doc: SyncDoc): DocBody {
	const { _id, _rev, updatedAt, ...body } = doc;
	void _id, void _rev, void updatedAt;
	return body;
}

export const bodyHash = (body: DocBody): string => hashJson(body);

const REVIEW_FIELDS = ['cardId', 'itemId', 'grade', 'reviewedAt', 'phaseBefore', 'durationMs', 'score', 'mode'] as const;

/** The body of a record as the server keeps it, or null when there is nothing to send (a missing card). */
export function bodyOfRecord(record: LocalRecord): DocBody | null {
	const type = record.kind;
	const { value } = record;
	switch (record.kind) {
		case 'review': {
			if (!record.value) return { type, deleted: true };
			const review = record.value;
			return { type, ...Object.fromEntries(REVIEW_FIELDS.map((key) => [key, review[key]])) };
		}
		case 'card-flags':
			return record.value ? { type, suspended: record.value.suspended } : null;
		case 'user-item': {
			const draft = record.value ? draftOf(record.value) : null;
			return draft && record.value ? { type, draft, archived: record.value.archived === 1 } : null;
		}
		case 'set':
		case 'interview': {
			if (!value) return { type, deleted: true };
			const { id, ...fields } = value as unknown as { id: string } & Record<string, unknown>;
			void id;
			return { type, ...structuredClone(fields) };
		}
		case 'setting':
			return record.value ? { type, value: structuredClone(record.value.value) } : null;
		case 'design':
			return record.value ? { type, sectionsRead: [...record.value.sectionsRead], queriesRun: [...record.value.queriesRun] } : null;
	}
}

/** The document for a record, or null when there is nothing to send. */
export function toDoc(record: LocalRecord, updatedAt: number, rev?: string): SyncDoc | null {
	const body = bodyOfRecord(record);
	if (!body) return null;
	const doc: SyncDoc = { _id: syncDocId(record.kind, record.key), type: record.kind, updatedAt, ...body };
	if (rev) doc._rev = rev;
	return doc;
}

/** A document read from the server: the record it stands for, or why it was refused. */
export type ReadDoc =
	| { ok: true; docId: string; rev: string; record: LocalRecord; updatedAt: number; body: DocBody }
	| { ok: false; docId: string; problems: string[] };

const isTime = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e13;

/**
 * Checks a document from the server and maps it to a record. Anything unexpected refuses the
 * document (and only it): a wrong type, a field that fails the backup validator, an unknown setting.
 */
export function fromDoc(raw: unknown): ReadDoc {
	const docId = typeof raw === 'object' && raw !== null && typeof (raw as SyncDoc)._id === 'string' ? (raw as SyncDoc)._id : '(no id)';
	const refuse = (...problems: string[]): ReadDoc => ({ ok: false, docId, problems });
	const parsed = parseSyncDocId(docId);
	if (!parsed) return refuse(`${docId} is not the id of anything Rehearse syncs`);
	const doc = raw as SyncDoc;
	const { kind, key } = parsed;
	if (doc.type !== kind) return refuse(`${docId}.type must be "${kind}"`);
	const rev = typeof doc._rev === 'string' ? doc._rev : '';
	const body = bodyOf(doc);
	const deleted = doc.deleted === true;
	const updatedAt = doc.updatedAt;
	if (!isTime(updatedAt)) return refuse(`${docId}.updatedAt must be a time in epoch milliseconds`);
	const ok = (record: LocalRecord): ReadDoc => ({ ok: true, docId, rev, record, updatedAt, body });
	const fields = (omit: string[] = []) => Object.fromEntries(Object.entries(body).filter(([name]) => !['type', 'deleted', ...omit].includes(name)));
	const checked = <T>(result: { ok: true; value: T } | { ok: false; problems: string[] }, build: (value: T) => LocalRecord): ReadDoc =>
		result.ok ? ok(build(result.value)) : refuse(...result.problems.map((problem) => `${docId}: ${problem}`));

	switch (kind) {
		case 'review':
			if (deleted) return ok({ kind, key, value: null });
			return checked(validateSyncedRecord('review', { id: key, ...fields() }), (value: ReviewRecord) => ({ kind, key, value }));
		case 'card-flags':
			if (!key.includes('::')) return refuse(`${docId} is not a card id`);
			if (body.suspended !== 0 && body.suspended !== 1) return refuse(`${docId}.suspended must be 0 or 1`);
			return ok({ kind, key, value: { suspended: body.suspended } });
		case 'user-item':
			if (!key.startsWith(USER_ID_PREFIX)) return refuse(`${docId} is not an own card's id`);
			return checked(
				validateSyncedRecord('userItem', { id: key, draft: body.draft, archived: body.archived, updatedAt }),
				(value) => ({ kind, key, value })
			);
		case 'set':
			if (deleted) return ok({ kind, key, value: null });
			return checked(validateSyncedRecord('set', { id: key, ...fields() }), (value) => ({ kind, key, value }));
		case 'interview':
			if (deleted) return ok({ kind, key, value: null });
			return checked(validateSyncedRecord('interview', { id: key, ...fields() }), (value) => ({ kind, key, value }));
		case 'setting': {
			if (!isSettingKey(key)) return refuse(`${docId}: "${key}" is not a setting of this version of Rehearse`);
			const problem = validateSetting(key, body.value);
			if (problem) return refuse(`${docId}: ${problem}`);
			return ok({ kind, key, value: { value: structuredClone(body.value) } });
		}
		case 'design':
			return checked(validateSyncedRecord('designProgress', { slug: key, ...fields() }), (value) => ({ kind, key, value }));
	}
}

/** The record a stored version of a document stands for (a conflict's other side), checked again. */
export function recordOfVersion(docId: string, version: { body: DocBody; updatedAt: number }): LocalRecord | null {
	const read = fromDoc({ ...version.body, _id: docId, updatedAt: version.updatedAt });
	return read.ok ? read.record : null;
}
