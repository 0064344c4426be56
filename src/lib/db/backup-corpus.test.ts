// @vitest-environment jsdom
// Files that are not good backups: each must leave the database exactly as it was and say what is
// wrong in words a user can act on.
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';
import { schedule } from '$lib/srs';
import { DEFAULT_SETTINGS } from '$lib/model';
import type { RehearseDb } from './database';
import { exportBackup, importBackup } from './backup';
import { recordAnswer } from './answers';
import { syncContent } from './content-sync';
import { cyrb53, stableStringify } from '$lib/model';
import { TABLES } from './schema';
import { bundle, conceptItem, freshDb } from './testing';
import { isBackupError, MAX_FILE_BYTES } from '$lib/backup';

const T0 = Date.parse('2026-03-02T08:00:00Z');
let db: RehearseDb;
/** A valid export of `db`, parsed: the corpus is made by breaking it in one place each. */
let good: Record<string, any>;
let goodText: string;

async function checksums(): Promise<string> {
	const sums: string[] = [];
	for (const name of TABLES) sums.push(cyrb53(stableStringify(await db.table(name).toArray())));
	return sums.join(' ');
}

beforeAll(async () => {
	db = await freshDb();
	await syncContent(db, bundle('h', [conceptItem('a'), conceptItem('b')]), T0);
	for (const [i, cardId] of ['a::main', 'b::main', 'a::main'].entries()) {
		const card = (await db.cards.get(cardId))!;
		const at = T0 + (i + 1) * 86_400_000;
		await recordAnswer(db, {
			cardAfter: { ...card, ...schedule(card, 3, at, DEFAULT_SETTINGS) },
			review: { cardId, itemId: card.itemId, grade: 3, reviewedAt: at, phaseBefore: card.phase, durationMs: 2000, score: null, mode: 'reveal' }
		});
	}
	goodText = await (await exportBackup(db, T0 + 9 * 86_400_000)).blob.text();
	good = JSON.parse(goodText);
});

/** A copy of the good file with one change. */
function broken(change: (file: Record<string, any>) => void): Blob {
	const file = structuredClone(good);
	change(file);
	return new Blob([JSON.stringify(file)]);
}

/** Imports `file` in both modes; both must refuse with `message` and write nothing. */
async function expectRefused(file: Blob, message: RegExp | string) {
	const before = await checksums();
	for (const mode of ['replace', 'merge'] as const) {
		const error = await importBackup(db, file, mode, T0).then(
			() => null,
			(e: unknown) => e
		);
		expect(isBackupError(error), String(error)).toBe(true);
		expect((error as Error).message).toMatch(message);
	}
	expect(await checksums()).toBe(before);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function zipOf(entries: Record<string, string>): Blob {
	return new Blob([zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)])))]);
}

describe('a corrupted or hostile backup changes nothing and says what is wrong', () => {
	it('an empty file', () => expectRefused(new Blob([]), 'The file is empty'));
	it('a file that is not JSON', () => expectRefused(new Blob(['Hello, I am a shopping list.']), 'not a Rehearse backup'));
	it('a JSON file of another app', () => expectRefused(new Blob(['{"version":2,"notes":[]}']), 'does not say "format": "rehearse-backup"'));
	it('valid JSON of the wrong shape', () => expectRefused(new Blob(['[1, 2, 3]']), 'not a Rehearse backup'));
	it('a backup cut off part-way', () => expectRefused(new Blob([goodText.slice(0, Math.floor(goodText.length / 2))]), /incomplete: the file ends part-way/));
	it('a backup damaged in the middle', () =>
		expectRefused(new Blob([goodText.replace('"reviews":[{', '"reviews":[{,,')]), /damaged: it stops being valid JSON near character/));
	it('a file that is not UTF-8 text', () => expectRefused(new Blob([new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])]), 'not valid UTF-8'));
	it('a backup from a newer Rehearse', () => expectRefused(broken((f) => (f.version = 3)), /made by a newer Rehearse \(file version 3; this app reads up to version 2\)/));
	it('a version that is not a number', () => expectRefused(broken((f) => (f.version = '2')), 'version must be a whole number'));
	it('a grade out of range', () => expectRefused(broken((f) => (f.data.reviews[1].grade = 7)), 'data.reviews[1].grade must be 1-4 (got 7)'));
	it('a time given as text', () => expectRefused(broken((f) => (f.data.reviews[0].reviewedAt = 'yesterday')), 'data.reviews[0].reviewedAt must be a time in epoch milliseconds (got "yesterday")'));
	it('a list that is not a list', () => expectRefused(broken((f) => (f.data.reviews = { length: 1 })), 'data.reviews must be a list'));
	it('a missing part', () => expectRefused(broken((f) => delete f.data.cards), 'data.cards is missing (expected a list)'));
	it('a stability that is not a number (1e999 parses as Infinity)', () =>
		expectRefused(new Blob([goodText.replace(/"stability":[0-9.e+-]+/, '"stability":1e999')]), /data\.cards\[0\]\.stability must be a number from 0 to/));
	it('a negative stability', () => expectRefused(broken((f) => (f.data.cards[0].stability = -1)), 'data.cards[0].stability must be a number from 0'));
	it('a review of a card the file does not have', () =>
		expectRefused(broken((f) => (f.data.reviews[2].cardId = 'ghost::main')), 'data.reviews[2].cardId "ghost::main" is not a card in data.cards'));
	it('a review id used twice', () => expectRefused(broken((f) => (f.data.reviews[1].id = f.data.reviews[0].id)), 'data.reviews[1] has the id'));
	it('a card id used twice', () => expectRefused(broken((f) => f.data.cards.push(f.data.cards[0])), /data\.cards\[\d+\] has the id "a::main", already used by data\.cards\[0\]/));
	it('a __proto__ key', () =>
		expectRefused(new Blob([goodText.replace('"reviews":[{', '"reviews":[{"__proto__":{"polluted":true},')]), 'data.reviews[0].__proto__ is a key no backup has'));
	it('a constructor key among the settings', () =>
		expectRefused(broken((f) => (f.data.settings = JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'))), 'data.settings.constructor is a key no backup has'));
	it('a control character hidden in a drill mode', () => expectRefused(broken((f) => (f.data.reviews[0].mode = 'reveal\u0000')), 'data.reviews[0].mode must be a drill mode'));
	it('markup where a drill mode belongs', () => expectRefused(broken((f) => (f.data.reviews[0].mode = '<img src=x onerror=alert(1)>')), 'data.reviews[0].mode must be a drill mode'));
	it('a setting with a wrong value', () => expectRefused(broken((f) => (f.data.settings = { desiredRetention: 5 })), 'data.settings.desiredRetention is not valid'));
	it('an own card without its text', () =>
		expectRefused(broken((f) => f.data.userItems.push({ id: 'mine-9', archived: false, updatedAt: T0, draft: { kind: 'concept', deck: 'modeling', prompt: '', answer: 'x' } })), 'data.userItems[0].draft.prompt is not valid'));
	it('nesting thousands of levels deep', () =>
		expectRefused(new Blob([goodText.replace('"attempts":[]', `"attempts":${'['.repeat(5000)}${']'.repeat(5000)}`)]), 'is nested deeper than any backup'));
	it('every problem, not just the first, is listed with its path', async () => {
		const error = await importBackup(db, broken((f) => {
			f.data.reviews[0].grade = 0;
			f.data.reviews[1].phaseBefore = 'sideways';
			f.data.cards[1].suspended = true;
		}), 'merge', T0).catch((e: unknown) => e);
		expect((error as Error).message, (error as { details: string[] }).details?.join(" / ")).toMatch(/and 2 more problems/);
		expect((error as { details: string[] }).details).toEqual([
			'data.cards[1].suspended must be 0 or 1 (got true)',
			'data.reviews[0].grade must be 1-4 (got 0)',
			'data.reviews[1].phaseBefore must be one of "new", "learning", "review", "relearning" (got "sideways")'
		]);
	});
});

describe('big and zipped files', () => {
	it('refuses a file over 50 MB before reading it', async () => {
		const junk = new Blob([new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41)]);
		const slice = vi.spyOn(junk, 'slice');
		const whole = vi.spyOn(junk, 'arrayBuffer');
		await expectRefused(junk, /The file is 50\.0 MB; a Rehearse backup is never more than 50\.0 MB/);
		expect(slice).not.toHaveBeenCalled();
		expect(whole).not.toHaveBeenCalled();
	});

	it('refuses 49 MB of binary junk from its first bytes', async () => {
		const junk = new Blob([crypto.getRandomValues(new Uint8Array(65_536)).map((b) => (b === 0x7b || b === 0x50 ? 0 : b)), new Uint8Array(49 * 1_048_576)]);
		const whole = vi.spyOn(junk, 'arrayBuffer');
		await expectRefused(junk, 'neither a backup file (JSON) nor a zipped one');
		expect(whole, 'only the first bytes are read').not.toHaveBeenCalled();
	});

	it('refuses 49 MB of text junk that starts like JSON, saying where it breaks', async () => {
		const junk = new Blob(['{"format":"rehearse-backup",', 'x'.repeat(49 * 1_048_576)]);
		await expectRefused(junk, /damaged: it stops being valid JSON near character 28/);
	});

	it('reads a zipped backup', async () => {
		const report = await importBackup(db, zipOf({ 'rehearse-backup.json': goodText }), 'merge', T0);
		expect(report.reviewsAdded).toBe(0);
	});

	it('stops unpacking a zip bomb at the limit', async () => {
		// 150 MB of zeros deflate to ~150 KB; the zip does not claim its size up front.
		const chunks: Uint8Array[] = [];
		const zip = new Zip((error, chunk) => {
			if (error) throw error;
			chunks.push(chunk);
		});
		const entry = new ZipDeflate('rehearse-backup.json', { level: 9 });
		zip.add(entry);
		const zeros = new Uint8Array(1_048_576).fill(0x20);
		for (let i = 0; i < 150; i++) entry.push(zeros, i === 149);
		zip.end();
		const bomb = new Blob(chunks as BlobPart[]);
		expect(bomb.size).toBeLessThan(1_048_576);
		// The refusal names the limit, so unpacking stopped there rather than running out of memory.
		await expectRefused(bomb, /The zip unpacks to more than 100\.0 MB/);
	});

	it('refuses a zip without a backup in it', () => expectRefused(zipOf({ 'notes.txt': 'hello' }), 'The zip holds no Rehearse backup'));
	it('refuses a file that only starts like a zip', () =>
		expectRefused(new Blob(['PK\u0003\u0004 and then nothing a zip would have']), 'The zip file is damaged or incomplete'));
	it('refuses a zip cut off part-way', async () => {
		const bytes = new Uint8Array(await zipOf({ 'rehearse-backup.json': goodText }).arrayBuffer());
		await expectRefused(new Blob([bytes.slice(0, bytes.length >> 1)]), 'The zip file is damaged or incomplete');
	});
});
