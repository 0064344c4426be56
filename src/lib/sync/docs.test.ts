// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hashJson, type InterviewRecord, type ItemRecord, type ReviewRecord, type SetRecord } from '$lib/model';
import { buildUserItem } from '$lib/user-items';
import type { LocalRecord } from '$lib/db';
import { fromDoc, toDoc } from './docs';
import { planPulled } from './plan';

const T0 = Date.UTC(2026, 5, 16, 10);

const review: ReviewRecord = {
	id: '6f0c2b1e-1c1f-4c55-9a55-0b8f3d6a1f10',
	cardId: 'sql-joins-03::main',
	itemId: 'sql-joins-03',
	grade: 3,
	reviewedAt: T0,
	phaseBefore: 'review',
	durationMs: 5200,
	score: 0.8,
	mode: 'sql'
};

function ownCard(now = T0): ItemRecord {
	const item = buildUserItem({ kind: 'concept', deck: 'modeling', prompt: 'What is a slowly changing dimension?', answer: 'A dimension whose rows change over time.', difficulty: 2 }, { id: 'mine-abc', now });
	return { ...item, origin: 'user', hash: hashJson(item), archived: 0, updatedAt: now };
}

const set: SetRecord = { id: 'set-1', name: 'Joins', filter: 'q=join', itemIds: null, createdAt: T0 - 1000 };
const interview: InterviewRecord = { id: 'iv-1', name: 'Onsite', date: '2026-07-01', deckIds: ['modeling'], setIds: [], minutesPerDay: 20, createdAt: T0 - 5000 };

/** A record → its document → back, as another device reads it. */
function roundTrip(record: LocalRecord, updatedAt = T0) {
	const doc = toDoc(record, updatedAt, '1-abc');
	expect(doc).not.toBeNull();
	return fromDoc(JSON.parse(JSON.stringify(doc)));
}

describe('document mapping', () => {
	it('maps a review to review:<id> and back to the same record', () => {
		const doc = toDoc({ kind: 'review', key: review.id, value: review }, T0);
		expect(doc).toMatchObject({ _id: `review:${review.id}`, type: 'review', grade: 3, cardId: review.cardId, updatedAt: T0 });
		expect(doc).not.toHaveProperty('id');
		const read = roundTrip({ kind: 'review', key: review.id, value: review });
		expect(read).toMatchObject({ ok: true, rev: '1-abc', updatedAt: T0, record: { kind: 'review', key: review.id, value: review } });
	});

	it('maps an undone review to a tombstone that reads back as a deletion', () => {
		const doc = toDoc({ kind: 'review', key: review.id, value: null }, T0 + 5);
		expect(doc).toEqual({ _id: `review:${review.id}`, type: 'review', updatedAt: T0 + 5, deleted: true });
		expect(roundTrip({ kind: 'review', key: review.id, value: null })).toMatchObject({ ok: true, record: { value: null } });
	});

	it('maps an own card through its draft, rebuilding it on the way in', () => {
		const item = ownCard();
		const doc = toDoc({ kind: 'user-item', key: item.id, value: item }, item.updatedAt)!;
		expect(doc._id).toBe('user-item:mine-abc');
		expect(doc).toHaveProperty('draft');
		expect(JSON.stringify(doc)).not.toContain('<p>');
		const read = roundTrip({ kind: 'user-item', key: item.id, value: item }, item.updatedAt);
		expect(read.ok && read.record.value).toEqual(item);
	});

	it('maps sets, interviews, settings, flags and design progress both ways', () => {
		const records: LocalRecord[] = [
			{ kind: 'set', key: set.id, value: set },
			{ kind: 'interview', key: interview.id, value: interview },
			{ kind: 'setting', key: 'newPerDay', value: { value: 15 } },
			{ kind: 'card-flags', key: 'sql-joins-03::main', value: { suspended: 1 } },
			{ kind: 'design', key: 'ride-share-trips', value: { sectionsRead: ['model', 'queries'], queriesRun: ['q1'] } },
			{ kind: 'set', key: 'set-gone', value: null }
		];
		for (const record of records) {
			const read = roundTrip(record);
			expect(read.ok, JSON.stringify(read)).toBe(true);
			if (read.ok) expect(read.record).toEqual(record);
		}
	});

	it('sends nothing for a card that is not on this device or a setting never set', () => {
		expect(toDoc({ kind: 'card-flags', key: 'a::main', value: null }, T0)).toBeNull();
		expect(toDoc({ kind: 'setting', key: 'theme', value: null }, T0)).toBeNull();
	});
});

describe('documents refused on the way in', () => {
	const good = toDoc({ kind: 'review', key: review.id, value: review }, T0, '1-a')!;
	const refusals: [string, unknown, RegExp][] = [
		['a grade out of range', { ...good, grade: 7 }, /grade must be 1-4/],
		['a prototype-pollution key', JSON.parse(`{"_id":"set:x","type":"set","updatedAt":1,"name":"a","filter":null,"itemIds":null,"createdAt":1,"__proto__":{"admin":true}}`), /__proto__/],
		['a type that does not match the id', { ...good, type: 'set' }, /type must be "review"/],
		['an id that is not ours', { ...good, _id: 'something-else' }, /not the id of anything Rehearse syncs/],
		['a missing update time', { ...good, updatedAt: 'yesterday' }, /updatedAt/],
		['an unknown setting', { _id: 'setting:rootAccess', type: 'setting', updatedAt: T0, value: true }, /not a setting/],
		['an invalid setting value', { _id: 'setting:newPerDay', type: 'setting', updatedAt: T0, value: -4 }, /newPerDay|new cards/i],
		['an own card whose draft is not valid', { _id: 'user-item:mine-x', type: 'user-item', updatedAt: T0, archived: false, draft: { kind: 'concept', deck: 'modeling', prompt: '', answer: '' } }, /draft/],
		['an own card under a bundled id', { _id: 'user-item:sql-joins-03', type: 'user-item', updatedAt: T0, archived: false, draft: {} }, /not an own card/],
		['control characters in text', { ...good, mode: 'sql\u0000' }, /mode/]
	];
	for (const [what, doc, reason] of refusals) {
		it(`refuses ${what}`, () => {
			const read = fromDoc(doc);
			expect(read.ok).toBe(false);
			if (!read.ok) expect(read.problems.join(' ')).toMatch(reason);
		});
	}

	it('refuses one bad document and still plans the rest of the page', () => {
		const other = toDoc({ kind: 'set', key: set.id, value: set }, T0, '1-b')!;
		const { batch, refused } = planPulled([{ ...good, grade: 0 }, other], new Map(), '42', T0);
		expect(refused.map((r) => r.docId)).toEqual([good._id]);
		expect(batch.records).toEqual([{ kind: 'set', key: set.id, value: set }]);
		expect(batch.since).toBe('42');
	});
});

describe('a record this device does not have', () => {
	it('is not a deletion: the server’s review is taken, never overwritten by a tombstone (regression)', () => {
		const doc = toDoc({ kind: 'review', key: review.id, value: review }, T0, '1-a')!;
		const missing = { record: { kind: 'review' as const, key: review.id, value: null }, known: null, pendingAt: null };
		const { batch } = planPulled([doc], new Map([[doc._id, missing]]), '3', T0);
		expect(batch.records).toEqual([{ kind: 'review', key: review.id, value: review }]);
		expect(batch.requeue).toEqual([]);
	});

	it('is a deletion when this device deleted it (undo) and the deletion waits to be sent', () => {
		const doc = toDoc({ kind: 'review', key: review.id, value: review }, T0, '1-a')!;
		const undone = { record: { kind: 'review' as const, key: review.id, value: null }, known: null, pendingAt: T0 + 5 };
		const { batch } = planPulled([doc], new Map([[doc._id, undone]]), '3', T0);
		expect(batch.records).toEqual([]);
		expect(batch.requeue).toEqual([{ docId: doc._id, at: T0 + 5 }]);
	});
});

describe('the note of the server’s revision', () => {
	const doc = () => toDoc({ kind: 'review', key: review.id, value: review }, T0, '1-a')!;

	it('is not written for a review new to this device (a first sync writes half as much)', () => {
		const { batch } = planPulled([doc()], new Map(), '3', T0);
		expect(batch.records).toHaveLength(1);
		expect(batch.synced).toEqual([]);
	});

	it('is kept up to date for a review this device already noted', () => {
		const known = { docId: doc()._id, rev: '1-old', hash: 'h', updatedAt: T0 };
		const here = { record: { kind: 'review' as const, key: review.id, value: review }, known, pendingAt: null };
		const { batch } = planPulled([doc()], new Map([[doc()._id, here]]), '3', T0);
		expect(batch.synced.map((s) => s.rev)).toEqual(['1-a']);
	});

	it('is written when this device’s version goes to the server over it (an undo meets the review)', () => {
		const undone = { record: { kind: 'review' as const, key: review.id, value: null }, known: null, pendingAt: T0 + 5 };
		const { batch } = planPulled([doc()], new Map([[doc()._id, undone]]), '3', T0);
		expect(batch.synced.map((s) => s.rev)).toEqual(['1-a']);
		expect(batch.requeue).toEqual([{ docId: doc()._id, at: T0 + 5 }]);
	});

	it('is written for everything that is not a review', () => {
		const setDoc = toDoc({ kind: 'set', key: set.id, value: set }, T0, '2-b')!;
		const { batch } = planPulled([setDoc], new Map(), '3', T0);
		expect(batch.synced.map((s) => s.rev)).toEqual(['2-b']);
	});
});

describe('restoring from the server', () => {
	const mine = { kind: 'setting' as const, key: 'newPerDay', value: { value: 20 } };
	const theirs = toDoc({ kind: 'setting', key: 'newPerDay', value: { value: 7 } }, T0, '3-c')!;
	// This device's default, written at first start, waits to be sent and is newer than the server's.
	const local = new Map([[theirs._id, { record: mine, known: null, pendingAt: T0 + 60_000 }]]);

	it('keeps the server’s version of what both have, however new this device’s is, and records no conflict', () => {
		const { batch } = planPulled([theirs], local, '9', T0 + 60_000, { serverWins: true });
		expect(batch.records).toEqual([{ kind: 'setting', key: 'newPerDay', value: { value: 7 } }]);
		expect(batch.dropQueued).toEqual([theirs._id]);
		expect(batch.requeue).toEqual([]);
		expect(batch.conflicts).toEqual([]);
	});

	it('is what makes the difference: a usual sync lets the newer edit here win', () => {
		const { batch } = planPulled([theirs], local, '9', T0 + 60_000);
		expect(batch.records).toEqual([]);
		expect(batch.requeue).toEqual([{ docId: theirs._id, at: T0 + 60_000 }]);
	});
});
