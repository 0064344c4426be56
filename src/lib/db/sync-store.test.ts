import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/model';
import { schedule, schedulerSettingsOf } from '$lib/srs';
import { recordAnswer, undoAnswer } from './answers';
import { setSuspended } from './cards';
import { saveSettings } from './settings';
import { clearSyncConfig, saveSyncConfig } from './sync-config';
import { applyServerBatch, localVersions, nextToSend, recordSent, replayCards, type ServerBatch } from './sync-store';
import { card, freshDb, review } from './testing';
import type { RehearseDb } from './database';

const T0 = Date.UTC(2026, 5, 16, 10);
const CONFIG = { serverUrl: 'http://localhost:5984', database: 'rehearse', username: 'ann', password: 'pw', origin: 'http://localhost:5984' };
const queued = async (db: RehearseDb) => (await db.syncOutbox.toArray()).map((row) => row.docId).sort();
const emptyBatch = (): ServerBatch => ({ records: [], synced: [], dropQueued: [], requeue: [], conflicts: [], unheld: [], since: null });

/** Answers a card as the review screen does: the next state from the current one, and the review. */
async function answer(db: RehearseDb, cardId: string, at: number, grade: 1 | 2 | 3 | 4 = 3) {
	const before = (await db.cards.get(cardId))!;
	const after = { ...before, ...schedule(before, grade, at, schedulerSettingsOf(DEFAULT_SETTINGS)) };
	const { id: _id, ...rest } = review(cardId, at, { grade, phaseBefore: before.phase });
	return recordAnswer(db, { cardAfter: after, review: rest });
}

describe('the sync outbox', () => {
	it('queues nothing while sync is off', async () => {
		const db = await freshDb();
		await db.cards.put(card('a::main'));
		await answer(db, 'a::main', T0);
		await saveSettings(db, { newPerDay: 12 });
		expect(await db.syncOutbox.count()).toBe(0);
	});

	it('queues the whole history when sync is turned on, then each change in the same transaction', async () => {
		const db = await freshDb();
		await db.cards.bulkPut([card('a::main'), card('b::main')]);
		const first = await answer(db, 'a::main', T0);
		await saveSyncConfig(db, CONFIG, T0);
		expect(await queued(db)).toEqual([`review:${first.id}`]);

		const second = await answer(db, 'b::main', T0 + 60_000);
		await setSuspended(db, ['a::main'], true);
		await saveSettings(db, { newPerDay: 12 });
		expect(await queued(db)).toEqual(['card-flags:a::main', `review:${first.id}`, `review:${second.id}`, 'setting:newPerDay'].sort());
		const pending = await db.syncOutbox.get('setting:newPerDay');
		expect(pending?.at).toBeGreaterThan(0);
	});

	it('queues an undo as a change of the review (its tombstone is sent)', async () => {
		const db = await freshDb();
		await db.cards.put(card('a::main'));
		await saveSyncConfig(db, CONFIG, T0);
		const stored = await answer(db, 'a::main', T0);
		const sent = (await nextToSend(db, 10, T0)).map((entry) => ({ docId: entry.docId, at: entry.at, synced: { docId: entry.docId, rev: '1-x', hash: 'h', updatedAt: T0 } }));
		await recordSent(db, sent);
		expect(await db.syncOutbox.count()).toBe(0);
		await undoAnswer(db, { reviewId: stored.id, cardBefore: card('a::main') });
		const [entry] = await nextToSend(db, 10, T0);
		expect(entry.docId).toBe(`review:${stored.id}`);
		expect(entry.version.record.value).toBeNull();
		expect(entry.version.known?.rev).toBe('1-x');
	});

	it('does not queue what came from the server, and forgets everything when sync is turned off', async () => {
		const db = await freshDb();
		await db.cards.put(card('a::main'));
		await saveSyncConfig(db, CONFIG, T0);
		const incoming = review('a::main', T0);
		await applyServerBatch(db, { ...emptyBatch(), records: [{ kind: 'review', key: incoming.id, value: incoming }], since: '7' }, new Map(), T0);
		expect(await db.reviews.get(incoming.id)).toEqual(incoming);
		expect(await db.syncOutbox.count()).toBe(0);
		expect((await db.meta.get('syncSince'))?.value).toBe('7');

		await clearSyncConfig(db);
		expect(await db.meta.get('syncConfig')).toBeUndefined();
		expect(await db.meta.get('syncSince')).toBeUndefined();
		await answer(db, 'a::main', T0 + 1000);
		expect(await db.syncOutbox.count()).toBe(0);
	});
});

describe('storing what the server sent', () => {
	it('replays a card from the union of both devices’ reviews to the state one device would have', async () => {
		// Device A answered at T0 and T0+2d; device B at T0+1d. Each gets the others' reviews.
		const a = await freshDb();
		const b = await freshDb();
		for (const db of [a, b]) await db.cards.put(card('c::main'));
		const ra1 = await answer(a, 'c::main', T0);
		const rb = await answer(b, 'c::main', T0 + 86_400_000);
		const ra2 = await answer(a, 'c::main', T0 + 2 * 86_400_000);
		const toA = [rb].map((r) => ({ kind: 'review' as const, key: r.id, value: r }));
		const toB = [ra1, ra2].map((r) => ({ kind: 'review' as const, key: r.id, value: r }));
		const onA = await applyServerBatch(a, { ...emptyBatch(), records: toA }, new Map(), T0);
		const onB = await applyServerBatch(b, { ...emptyBatch(), records: toB }, new Map(), T0);
		await replayCards(a, onA.cardsToReplay);
		await replayCards(b, onB.cardsToReplay);

		// A third device that answered all three in order gets exactly the same state.
		const c = await freshDb();
		await c.cards.put(card('c::main'));
		for (const at of [T0, T0 + 86_400_000, T0 + 2 * 86_400_000]) await answer(c, 'c::main', at);
		const expected = await c.cards.get('c::main');
		expect(await a.cards.get('c::main')).toEqual(expected);
		expect(await b.cards.get('c::main')).toEqual(expected);
		expect((await a.reviews.count()) + (await b.reviews.count())).toBe(6);
	});

	it('holds a review of a card this device lacks, and stores it once the card is there', async () => {
		const db = await freshDb();
		const incoming = review('later::main', T0);
		const record = { kind: 'review' as const, key: incoming.id, value: incoming };
		const first = await applyServerBatch(db, { ...emptyBatch(), records: [record] }, new Map(), T0);
		expect(first.held).toBe(1);
		expect(await db.reviews.count()).toBe(0);
		await db.cards.put(card('later::main'));
		const held = await db.syncHeld.toArray();
		const again = await applyServerBatch(db, { ...emptyBatch(), records: held.map((h) => h.doc as unknown as typeof record), unheld: held.map((h) => h.docId) }, new Map(), T0);
		expect(again.held).toBe(0);
		expect(await db.reviews.get(incoming.id)).toEqual(incoming);
		expect(await db.syncHeld.count()).toBe(0);
	});

	it('reads this device’s version with what the server last agreed on and whether it changed since', async () => {
		const db = await freshDb();
		await saveSyncConfig(db, CONFIG, T0);
		await saveSettings(db, { newPerDay: 9 });
		await db.syncDocs.put({ docId: 'setting:newPerDay', rev: '2-a', hash: 'h', updatedAt: T0 - 1 });
		const versions = await localVersions(db, ['setting:newPerDay', 'not-ours']);
		expect([...versions.keys()]).toEqual(['setting:newPerDay']);
		expect(versions.get('setting:newPerDay')).toMatchObject({ record: { value: { value: 9 } }, known: { rev: '2-a' } });
		expect(versions.get('setting:newPerDay')!.pendingAt).not.toBeNull();
	});

	it('finds the same versions whether the bookkeeping is read whole or id by id', async () => {
		const db = await freshDb();
		await db.cards.put(card('a::main'));
		const stored = review('a::main', T0);
		await db.reviews.put(stored);
		const docId = `review:${stored.id}`;
		const others = Array.from({ length: 5 }, (_, i) => `setting:other${i}`);
		await db.syncDocs.bulkPut([docId, ...others].map((id) => ({ docId: id, rev: `1-${id}`, hash: 'h', updatedAt: T0 })));
		await db.syncOutbox.bulkPut([docId, ...others].map((id) => ({ docId: id, at: T0 + 5 })));
		// One id against six rows is read id by id; seven ids against six rows read the tables whole.
		const byId = await localVersions(db, [docId]);
		const whole = await localVersions(db, [docId, ...others, 'review:absent']);
		for (const versions of [byId, whole]) {
			expect(versions.get(docId)).toEqual({ record: { kind: 'review', key: stored.id, value: stored }, known: { docId, rev: `1-${docId}`, hash: 'h', updatedAt: T0 }, pendingAt: T0 + 5 });
		}
		expect(whole.get('review:absent')).toEqual({ record: { kind: 'review', key: 'absent', value: null }, known: null, pendingAt: null });
	});
});
