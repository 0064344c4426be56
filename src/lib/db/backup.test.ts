// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { buildUserItem } from '$lib/user-items';
import { replay, schedule, schedulerSettingsOf, type Grade } from '$lib/srs';
import type { RehearseDb } from './database';
import { applyBackup, exportBackup, importBackup } from './backup';
import { backupStatus, recordBackupMade } from './backup-status';
import { syncContent } from './content-sync';
import { recordAnswer } from './answers';
import { QUOTA_MESSAGE, userMessage } from './errors';
import { cyrb53, stableStringify } from '$lib/model';
import { DEFAULT_SETTINGS } from '$lib/model';
import { saveSettings } from './settings';
import { saveUserItem, deleteUserItem } from './user-items';
import { TABLES } from './schema';
import { bundle, conceptItem, freshDb, tableItem } from './testing';
import { openBackup, type ValidBackup } from '$lib/backup';
import { setSuspended } from './cards';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-03-02T08:00:00Z');
const SCHEDULER = schedulerSettingsOf(DEFAULT_SETTINGS);
const CONTENT = bundle('content-1', [conceptItem('a'), conceptItem('b'), conceptItem('c'), tableItem('t', ['x', 'y'])]);

/** A device with the bundled content synced at `syncedAt` (devices sync at different times). */
async function device(syncedAt = T0): Promise<RehearseDb> {
	const db = await freshDb();
	await syncContent(db, CONTENT, syncedAt);
	return db;
}

/** Answers a card as a review session does: schedule, then card + review in one transaction. */
async function answer(db: RehearseDb, cardId: string, grade: Grade, at: number): Promise<void> {
	const card = (await db.cards.get(cardId))!;
	const state = schedule(card, grade, at, SCHEDULER);
	await recordAnswer(db, {
		cardAfter: { ...card, ...state },
		review: { cardId, itemId: card.itemId, grade, reviewedAt: at, phaseBefore: card.phase, durationMs: 3000, score: null, mode: 'reveal' }
	});
}

/** A few days of study of some cards, each answered on its due time. */
async function study(db: RehearseDb, cardIds: string[], grades: Grade[], start: number): Promise<void> {
	for (const cardId of cardIds) {
		let at = start;
		for (const grade of grades) {
			await answer(db, cardId, grade, at);
			at = Math.max((await db.cards.get(cardId))!.due, at + HOUR);
		}
	}
}

async function ownConcept(db: RehearseDb, id: string, prompt: string, now: number) {
	const item = buildUserItem({ kind: 'concept', deck: 'modeling', prompt, answer: 'An answer.' }, { id, now });
	await saveUserItem(db, item, now);
	return item;
}

/** One checksum per table: equal checksums mean byte-for-byte equal rows. */
async function checksums(db: RehearseDb): Promise<Record<string, string>> {
	const sums: Record<string, string> = {};
	for (const name of TABLES) sums[name] = cyrb53(stableStringify(await db.table(name).toArray()));
	return sums;
}

/** The user's data, for comparing two devices (meta holds per-device bookkeeping, so only design progress). */
async function userData(db: RehearseDb) {
	const meta = (await db.meta.toArray()).filter((row) => row.key.startsWith('design:'));
	return {
		// Bundled items carry the device's own sync time; they are not the user's.
		items: (await db.items.toArray()).filter((item) => item.origin === 'user'),
		cards: await db.cards.toArray(),
		reviews: await db.reviews.toArray(),
		attempts: await db.attempts.toArray(),
		sets: await db.sets.toArray(),
		interviews: await db.interviews.toArray(),
		drafts: await db.drafts.toArray(),
		settings: await db.settings.toArray(),
		meta
	};
}

describe('exportBackup and importBackup', () => {
	it('restores every review, card state, own card and setting into an empty device (replace)', async () => {
		const a = await device();
		await study(a, ['a::main', 't::row:x'], [3, 3, 4, 1, 3], T0 + HOUR);
		await ownConcept(a, 'mine-1', 'What is **grain**?', T0);
		await saveSettings(a, { newPerDay: 7 });
		await setSuspended(a, ['b::main'], true);
		const file = await exportBackup(a, T0 + 30 * DAY);

		const b = await device(T0 + 5 * DAY);
		const report = await importBackup(b, file.blob, 'replace', T0 + 31 * DAY);

		expect(report.reviewsAdded).toBe(10);
		const [before, after] = [await userData(a), await userData(b)];
		expect(after.reviews).toEqual(before.reviews);
		expect(after.items.filter((i) => i.origin === 'user')).toEqual(before.items.filter((i) => i.origin === 'user'));
		expect(after.settings).toEqual(before.settings);
		for (const card of before.cards) expect(after.cards.find((c) => c.id === card.id)).toEqual(card);
		expect((await backupStatus(b)).lastBackupAt).toBe(T0 + 30 * DAY);
		expect((await backupStatus(b)).reviewsSinceBackup).toBe(0);
	});

	it('replace drops what only this device had and starts its other cards again as new', async () => {
		const a = await device();
		await study(a, ['a::main'], [3, 3], T0 + HOUR);
		const file = await exportBackup(a, T0 + 2 * DAY);

		const b = await device();
		await study(b, ['b::main', 'c::main'], [3, 4], T0 + HOUR);
		await ownConcept(b, 'mine-b', 'Only on B', T0);
		await importBackup(b, file.blob, 'replace', T0 + 3 * DAY);

		expect(await b.reviews.count()).toBe(2);
		expect(await b.items.get('mine-b')).toBeUndefined();
		expect(await b.cards.where('itemId').equals('mine-b').count()).toBe(0);
		const c = (await b.cards.get('c::main'))!;
		expect([c.phase, c.reps, c.lastReview]).toEqual(['new', 0, null]);
		expect(await b.cards.get('a::main')).toEqual(await a.cards.get('a::main'));
	});

	it('rebuilds own cards from their text: HTML in a file is never stored as it came', async () => {
		const a = await device();
		await ownConcept(a, 'mine-x', 'Safe question', T0);
		const file = await exportBackup(a, T0 + DAY);
		const json = JSON.parse(await file.blob.text());
		json.data.userItems[0].draft.prompt = 'Look <img src=x onerror="alert(1)"> <script>alert(2)</script>';
		json.data.userItems[0].draft.promptHtml = '<img src=x onerror="alert(3)">';

		const b = await device();
		await importBackup(b, new Blob([JSON.stringify(json)]), 'replace', T0 + 2 * DAY);
		const stored = (await b.items.get('mine-x')) as unknown as { promptHtml: string };
		const rendered = document.createElement('div');
		rendered.innerHTML = stored.promptHtml;
		expect(rendered.querySelector('img, script, [onerror]')).toBeNull();
		expect(rendered.textContent).toContain('<script>alert(2)</script>');
	});

	it('records a backup as made only when asked, and counts reviews made since', async () => {
		const db = await device();
		await study(db, ['a::main'], [3, 3], T0);
		const file = await exportBackup(db, T0 + DAY);
		expect((await backupStatus(db)).lastBackupAt).toBeNull();
		await recordBackupMade(db, file);
		await study(db, ['b::main'], [3], T0 + 2 * DAY);
		expect(await backupStatus(db)).toMatchObject({ lastBackupAt: T0 + DAY, reviewCount: 3, reviewsSinceBackup: 1 });
	});

	it('zips on request, and reads the zip back', async () => {
		const db = await device();
		await study(db, ['a::main', 'b::main'], [3, 1, 3], T0);
		const plain = await exportBackup(db, T0 + DAY);
		const zipped = await exportBackup(db, T0 + DAY, { zip: true });
		expect(zipped.name).toMatch(/\.zip$/);
		expect(zipped.blob.size).toBeLessThan(plain.blob.size);
		const [fromPlain, fromZip] = [await openBackup(plain.blob), await openBackup(zipped.blob)];
		expect(fromZip).toEqual(fromPlain);
	});
});

describe('merge', () => {
	/** Two devices with a shared past and divergent histories since. */
	async function divergentDevices() {
		const a = await device(T0);
		const b = await device(T0 + 2 * HOUR);
		// Shared past: B merged an early backup of A.
		await study(a, ['a::main'], [3, 3], T0 + HOUR);
		await importBackup(b, (await exportBackup(a, T0 + DAY)).blob, 'merge', T0 + DAY);
		// Then each went its own way, on the same cards and on others.
		await study(a, ['a::main', 't::row:x'], [1, 3, 3], T0 + 3 * DAY);
		await study(b, ['a::main', 'b::main'], [4, 3], T0 + 4 * DAY);
		await setSuspended(b, ['c::main'], true);
		await ownConcept(a, 'mine-a', 'From A', T0 + 2 * DAY);
		await ownConcept(b, 'mine-b', 'From B', T0 + 2 * DAY);
		await study(b, ['mine-b::main'], [3], T0 + 5 * DAY);
		return { a, b, fileA: (await exportBackup(a, T0 + 9 * DAY)).blob, fileB: (await exportBackup(b, T0 + 9 * DAY)).blob };
	}

	it('gives the same data whichever device imports the other (A+B = B+A), with exact card states', async () => {
		const { a, b, fileA, fileB } = await divergentDevices();
		const reviewsA = await a.reviews.count();
		const reviewsB = await b.reviews.count();
		const reportA = await importBackup(a, fileB, 'merge', T0 + 10 * DAY);
		const reportB = await importBackup(b, fileA, 'merge', T0 + 10 * DAY);

		const [dataA, dataB] = [await userData(a), await userData(b)];
		for (const key of Object.keys(dataA) as (keyof typeof dataA)[]) expect(dataA[key], key).toEqual(dataB[key]);
		// Shared: 2 reviews of a. A alone: 3 of a, 3 of t::row:x. B alone: 2 of a, 2 of b, 1 of mine-b.
		expect(reviewsA).toBe(8);
		expect(reviewsB).toBe(7);
		expect(await a.reviews.count()).toBe(2 + 6 + 5);
		expect(reportA.reviewsAdded).toBe(5);
		expect(reportB.reviewsAdded).toBe(6);
		expect(reportA.ownCardsAdded).toBe(1);

		// Every card is exactly what replaying its joined log gives.
		for (const card of await a.cards.toArray()) {
			const log = (await a.reviews.where('cardId').equals(card.id).toArray()).sort((x, y) => x.reviewedAt - y.reviewedAt || (x.id < y.id ? -1 : 1));
			if (!log.length) continue;
			expect(card, card.id).toMatchObject(replay(log, card.createdAt, SCHEDULER));
			expect(card.reps).toBe(log.length);
		}
		expect((await a.cards.get('a::main'))!.reps).toBe(7);
		expect((await a.cards.get('c::main'))!.suspended).toBe(1);
		// The earlier sync wins: a card was made when either device first had it.
		expect((await a.cards.get('b::main'))!.createdAt).toBe(T0);
	});

	it('changes nothing when the same file is merged again', async () => {
		const { a, fileB } = await divergentDevices();
		await importBackup(a, fileB, 'merge', T0 + 10 * DAY);
		const once = await checksums(a);
		const report = await importBackup(a, fileB, 'merge', T0 + 11 * DAY);
		expect(await checksums(a)).toEqual(once);
		expect(report).toMatchObject({ reviewsAdded: 0, cardsRecomputed: 0, ownCardsAdded: 0, ownCardsUpdated: 0, attemptsAdded: 0 });
	});

	it('keeps the later version of an own card edited on both devices', async () => {
		const a = await device();
		await ownConcept(a, 'mine-1', 'First words', T0);
		const b = await device();
		await importBackup(b, (await exportBackup(a, T0 + HOUR)).blob, 'merge', T0 + HOUR);
		await ownConcept(a, 'mine-1', 'Edited on A', T0 + 2 * HOUR);
		await ownConcept(b, 'mine-1', 'Edited on B, later', T0 + 3 * HOUR);
		await deleteUserItem(a, 'mine-x-not-there', T0).catch(() => undefined);
		await importBackup(a, (await exportBackup(b, T0 + 4 * HOUR)).blob, 'merge', T0 + 4 * HOUR);
		await importBackup(b, (await exportBackup(a, T0 + 5 * HOUR)).blob, 'merge', T0 + 5 * HOUR);
		expect((await a.items.get('mine-1'))!.title).toBe('Edited on B, later');
		expect(await a.items.get('mine-1')).toEqual(await b.items.get('mine-1'));
	});

	it('leaves out cards of content this device does not have, and says how many', async () => {
		const a = await device();
		await syncContent(a, bundle('content-2', [...CONTENT.items, conceptItem('new-one')]), T0);
		await study(a, ['new-one::main', 'a::main'], [3, 3], T0 + HOUR);
		const b = await device();
		const report = await importBackup(b, (await exportBackup(a, T0 + DAY)).blob, 'merge', T0 + DAY);
		expect(report.leftOut).toEqual({ cards: 1, reviews: 2 });
		expect(report.reviewsAdded).toBe(2);
		expect(await b.reviews.where('cardId').equals('new-one::main').count()).toBe(0);
		expect(await b.cards.get('new-one::main')).toBeUndefined();
	});
});

describe('restoring before any content was synced', () => {
	it('keeps every card of a backup restored into a brand-new database, for the content sync to find', async () => {
		const a = await device();
		await study(a, ['a::main', 't::row:x'], [3, 3], T0);
		const file = (await exportBackup(a, T0 + DAY)).blob;
		const empty = await freshDb();
		const report = await importBackup(empty, file, 'replace', T0 + 2 * DAY);
		expect(report.leftOut).toEqual({ cards: 0, reviews: 0 });
		await syncContent(empty, CONTENT, T0 + 2 * DAY);
		expect(await empty.reviews.toArray()).toEqual(await a.reviews.toArray());
		for (const card of await a.cards.toArray()) expect(await empty.cards.get(card.id)).toEqual(card);
	});
});

describe('version 1 files', () => {
	/** Writes a version 2 export the way version 1 of the format did. */
	function asVersion1(v2: Record<string, any>) {
		const { data } = v2;
		return {
			format: 'rehearse-backup',
			version: 1,
			exportedAt: new Date(v2.exportedAt).toISOString(),
			contentHash: v2.app.contentHash,
			data: {
				log: data.reviews.map(({ grade, ...review }: Record<string, unknown>) => ({ ...review, rating: grade })),
				cards: data.cards,
				attempts: data.attempts,
				items: data.userItems.map((u: Record<string, any>) => ({ id: u.id, archived: u.archived ? 1 : 0, updatedAt: u.updatedAt, ...u.draft })),
				sets: data.sets,
				settings: Object.entries(data.settings).map(([key, value]) => ({ key, value }))
			}
		};
	}

	it('migrates a version 1 file on import to the same data as its version 2 twin', async () => {
		const a = await device();
		await study(a, ['a::main', 't::row:y'], [3, 2, 3], T0);
		await ownConcept(a, 'mine-1', 'Old question', T0);
		await saveSettings(a, { desiredRetention: 0.85 });
		const v2 = JSON.parse(await (await exportBackup(a, T0 + DAY)).blob.text());
		const v1 = asVersion1(v2);

		const fromV1 = await device();
		const fromV2 = await device();
		await importBackup(fromV1, new Blob([JSON.stringify(v1)]), 'replace', T0 + 2 * DAY);
		await importBackup(fromV2, new Blob([JSON.stringify(v2)]), 'replace', T0 + 2 * DAY);
		expect(await checksums(fromV1)).toEqual(await checksums(fromV2));
		expect((await openBackup(new Blob([JSON.stringify(v1)]))).fileVersion).toBe(1);
	});

	it('names the problem in a version 1 file by its upgraded path', async () => {
		const a = await device();
		await study(a, ['a::main'], [3], T0);
		const v1 = asVersion1(JSON.parse(await (await exportBackup(a, T0 + DAY)).blob.text()));
		v1.data.log[0].rating = 9;
		await expect(openBackup(new Blob([JSON.stringify(v1)]))).rejects.toThrow('data.reviews[0].grade must be 1-4 (got 9)');
	});
});

describe('writing is all or nothing', () => {
	it('leaves nothing written when the device runs out of space part-way', async () => {
		const a = await device();
		await study(a, ['a::main', 'b::main'], [3, 3, 3], T0);
		await ownConcept(a, 'mine-1', 'Q', T0);
		const file = (await exportBackup(a, T0 + DAY)).blob;
		const b = await device();
		await study(b, ['c::main'], [3], T0);
		const before = await checksums(b);

		for (const mode of ['merge', 'replace'] as const) {
			// Items and cards are written first; the review rows then hit the quota.
			const spy = vi.spyOn(b.reviews, 'bulkPut').mockImplementation(() => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			});
			const failure = await importBackup(b, file, mode, T0 + 2 * DAY).catch((e: unknown) => e);
			spy.mockRestore();
			expect(userMessage(failure)).toBe(QUOTA_MESSAGE);
			expect(await checksums(b)).toEqual(before);
		}
	});

	it('plans again when the data changed between reading and writing, instead of overwriting the change', async () => {
		const a = await device();
		await study(a, ['a::main'], [3, 3], T0);
		const file = (await exportBackup(a, T0 + DAY)).blob;
		const b = await device();
		// The count read inside the write transaction differs once: as if another tab had just answered.
		const realCount = b.reviews.count.bind(b.reviews);
		const spy = vi.spyOn(b.reviews, 'count').mockImplementationOnce(() => realCount().then((n) => n + 1));
		const report = await importBackup(b, file, 'merge', T0 + 2 * DAY);
		spy.mockRestore();
		expect(report.reviewsAdded).toBe(2);
		expect(await b.reviews.count()).toBe(2);
	});

	it('computes the plan before writing: a valid backup applied twice in replace mode is stable', async () => {
		const a = await device();
		await study(a, ['a::main'], [3, 3], T0);
		const backup: ValidBackup = await openBackup((await exportBackup(a, T0 + DAY)).blob);
		const b = await device();
		await applyBackup(b, backup, 'replace', T0 + 2 * DAY);
		const once = await checksums(b);
		await applyBackup(b, backup, 'replace', T0 + 3 * DAY);
		expect(await checksums(b)).toEqual(once);
	});
});
