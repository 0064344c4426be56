// Backups end to end, on a phone-sized installed app: export, lose the data, import it back;
// hostile files change nothing; a full disk fails an import cleanly.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { countRows, DAY_MS, expect, FIXED_NOW, test } from './fixtures';

const STORES = ['items', 'cards', 'reviews', 'attempts', 'sets', 'settings', 'meta', 'drafts', 'interviews'];

/** Every row of every store, as one string per store: equal strings mean nothing changed. */
async function dump(page: Page): Promise<Record<string, string>> {
	return page.evaluate(
		(stores) =>
			new Promise<Record<string, string>>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(stores, 'readonly');
					const out: Record<string, string> = {};
					for (const name of stores) {
						const request = tx.objectStore(name).getAll();
						request.onsuccess = () => (out[name] = JSON.stringify(request.result));
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		STORES
	);
}

/** Answers `count` cards Good from Today. */
async function answerCards(page: Page, count: number): Promise<void> {
	await page.goto('/');
	await page.getByRole('link', { name: /^Start/ }).tap();
	for (let i = 0; i < count; i++) {
		await page.getByRole('button', { name: 'Show answer' }).tap();
		await page.getByRole('button', { name: /^Good/ }).tap();
		await expect.poll(() => countRows(page, 'reviews')).toBe(i + 1);
	}
}

async function openBackupSettings(page: Page) {
	await page.goto('/settings#backup');
	const panel = page.getByTestId('backup-panel');
	// The file is read only on request (not when the panel scrolls near).
	await expect(panel.getByTestId('last-backup')).not.toHaveText('Checking…');
	await expect(panel.getByRole('button', { name: 'Export backup' })).toHaveCount(0);
	await panel.getByRole('button', { name: 'Prepare backup' }).tap();
	await expect(panel.getByRole('button', { name: 'Export backup' })).toBeEnabled();
	return panel;
}

/** Exports through the Download path and returns the saved file's path. */
async function exportToFile(page: Page, zip = false): Promise<string> {
	const panel = await openBackupSettings(page);
	if (zip) {
		await panel.getByLabel('Zip the file (smaller)').check();
		await expect(panel.getByRole('button', { name: 'Export backup' })).toBeEnabled();
	}
	const download = page.waitForEvent('download');
	await panel.getByRole('button', { name: 'Export backup' }).tap();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(zip ? /^rehearse-backup-\d{4}-\d{2}-\d{2}\.zip$/ : /^rehearse-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const path = join(mkdtempSync(join(tmpdir(), 'rehearse-backup-')), file.suggestedFilename());
	await file.saveAs(path);
	await expect(panel.getByTestId('last-backup')).toContainText('Last backup');
	return path;
}

function noDialogs(page: Page): string[] {
	const seen: string[] = [];
	page.on('dialog', (dialog) => {
		seen.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return seen;
}

test('export, clear site data, reload: the wipe is noticed and importing restores every review', async ({ installedApp: page, baseURL }) => {
	const dialogs = noDialogs(page);
	await answerCards(page, 4);
	const before = await dump(page);
	const path = await exportToFile(page, true);

	// Site data cleared as a user (or the browser) would. Cache Storage is kept: the wipe marker lives there.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'indexeddb,local_storage' });
	await page.goto('/');
	await expect(page.getByTestId('wipe-notice')).toBeVisible();
	expect(await countRows(page, 'reviews')).toBe(0);

	await page.getByTestId('wipe-notice').getByRole('link', { name: 'Import a backup' }).tap();
	await expect(page.getByTestId('backup-panel')).toBeInViewport();
	await page.getByTestId('backup-file').setInputFiles(path);
	const summary = page.getByTestId('backup-summary');
	await expect(summary).toContainText('4 reviews of 4 cards');
	await page.getByRole('radio', { name: /Replace/ }).check();
	await page.getByTestId('backup-panel').screenshot({ path: test.info().outputPath('backup-choose-360.png') });
	await page.getByRole('button', { name: 'Replace my data' }).tap();
	await expect(page.getByTestId('import-result')).toContainText('Restored 4 reviews');

	const after = await dump(page);
	expect(after.reviews).toBe(before.reviews);
	expect(after.cards).toBe(before.cards);
	expect(await countRows(page, 'reviews')).toBe(4);
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	await expect(page.getByTestId('wipe-notice')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test('merging the same backup twice adds its reviews once', async ({ installedApp: page }) => {
	await answerCards(page, 2);
	const path = await exportToFile(page);
	const panel = page.getByTestId('backup-panel');
	for (const expected of ['Nothing new: this device already had everything in the file.', 'Nothing new']) {
		await page.getByTestId('backup-file').setInputFiles(path);
		await expect(page.getByTestId('backup-summary')).toContainText('2 reviews');
		await panel.getByRole('button', { name: 'Merge', exact: true }).tap();
		await expect(page.getByTestId('import-result')).toContainText(expected);
	}
	expect(await countRows(page, 'reviews')).toBe(2);
	await panel.screenshot({ path: test.info().outputPath('backup-panel-360.png') });
});

test('hostile files change nothing, say what is wrong, and run nothing', async ({ installedApp: page }) => {
	const dialogs = noDialogs(page);
	await answerCards(page, 2);
	const good = JSON.parse(await (await import('node:fs/promises')).readFile(await exportToFile(page), 'utf8'));
	const dir = mkdtempSync(join(tmpdir(), 'rehearse-hostile-'));
	const write = (name: string, content: string | Buffer) => {
		const path = join(dir, name);
		writeFileSync(path, content);
		return path;
	};
	const withChange = (change: (file: any) => void) => {
		const file = structuredClone(good);
		change(file);
		return JSON.stringify(file);
	};
	const text = JSON.stringify(good);
	const hostile: [string, string, string][] = [
		[write('empty.json', ''), 'empty file', 'The file is empty'],
		[write('notes.txt', 'Shopping: eggs, milk'), 'not JSON', 'not a Rehearse backup'],
		[write('half.json', text.slice(0, text.length / 2)), 'cut off half-way', 'the file ends part-way'],
		[write('v9.json', withChange((f) => (f.version = 9))), 'from the future', 'made by a newer Rehearse'],
		[write('grade.json', withChange((f) => (f.data.reviews[0].grade = 11))), 'wrong type', 'data.reviews[0].grade must be 1-4 (got 11)'],
		[write('proto.json', text.replace('"reviews":[{', '"reviews":[{"__proto__":{"isAdmin":true},')), 'prototype key', '__proto__ is a key no backup has'],
		[write('<img src=x onerror=alert(1)>.json', withChange((f) => (f.data.reviews[0].mode = '<script>alert(1)</script>'))), 'markup', 'must be a drill mode'],
		[write('junk.bin', Buffer.alloc(50 * 1024 * 1024 + 1, 0x41)), '50 MB of junk', 'a Rehearse backup is never more than 50.0 MB'],
		[write('bomb.zip', Buffer.from('PK\u0003\u0004 not really a zip at all', 'latin1')), 'broken zip', 'The zip file is damaged or incomplete']
	];
	const before = await dump(page);
	const scripts = await page.evaluate(() => document.scripts.length);
	for (const [path, what, message] of hostile) {
		await page.getByTestId('backup-file').setInputFiles(path);
		// Answered quickly: within five seconds of the file being picked.
		await expect(page.getByTestId('import-result'), what).toContainText(message, { timeout: 5_000 });
		expect(await dump(page), what).toEqual(before);
	}
	expect(await page.evaluate(() => document.querySelectorAll('[onerror]').length)).toBe(0);
	expect(await page.evaluate(() => document.scripts.length)).toBe(scripts);
	expect(await page.evaluate(() => (({}) as Record<string, unknown>).isAdmin)).toBeUndefined();
	await page.getByTestId('backup-panel').screenshot({ path: test.info().outputPath('backup-error-360.png') });
	expect(dialogs).toEqual([]);
});

test('when the disk fills during an import, it fails cleanly with nothing partly written', async ({ installedApp: page }) => {
	// Chromium 156 does not apply a CDP quota override (Storage.overrideQuotaForOrigin) to writes into
	// a database that already exists (only creating one is refused), so the full disk is simulated
	// where IndexedDB reports it: after the first 200 rows of the import transaction, every put throws
	// the browser's QuotaExceededError.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		let puts = 0;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
			const limit = (window as unknown as { diskFullAfter?: number }).diskFullAfter;
			if (limit !== undefined && ++puts > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await answerCards(page, 1);
	const good = JSON.parse(await (await import('node:fs/promises')).readFile(await exportToFile(page), 'utf8'));
	// A long history from "another device": 3,000 reviews spread over the cards.
	const cards: { id: string; itemId: string }[] = good.data.cards;
	for (let i = 0; i < 3000; i++) {
		const card = cards[i % cards.length];
		good.data.reviews.push({
			id: `import-${i}`,
			cardId: card.id,
			itemId: card.itemId,
			grade: 3,
			reviewedAt: Date.parse('2025-01-01T08:00:00Z') + i * 3_600_000,
			phaseBefore: 'review',
			durationMs: 2000,
			score: null,
			mode: 'reveal'
		});
	}
	const path = join(mkdtempSync(join(tmpdir(), 'rehearse-quota-')), 'big.json');
	writeFileSync(path, JSON.stringify(good));

	const before = await dump(page);
	await page.getByTestId('backup-file').setInputFiles(path);
	await expect(page.getByTestId('backup-summary')).toContainText('3,001 reviews');
	await page.evaluate(() => ((window as unknown as { diskFullAfter: number }).diskFullAfter = 200));
	await page.getByRole('button', { name: 'Merge', exact: true }).tap();
	await expect(page.getByTestId('import-result')).toContainText('Your device is out of storage space. Nothing already saved was lost');
	expect(await dump(page)).toEqual(before);

	// With space again, the same file imports in full.
	await page.evaluate(() => delete (window as unknown as { diskFullAfter?: number }).diskFullAfter);
	await page.getByTestId('backup-file').setInputFiles(path);
	await page.getByRole('button', { name: 'Merge', exact: true }).tap();
	await expect(page.getByTestId('import-result')).toContainText('Added 3,000 reviews');
	expect(await countRows(page, 'reviews')).toBe(3001);
});

test('Today suggests a backup a week after the last one, and a dismissal lasts the day', async ({ installedApp: page }) => {
	await answerCards(page, 1);
	// A backup eight days ago, made before this review.
	await page.evaluate(
		(at) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onsuccess = () => {
					const tx = open.result.transaction('meta', 'readwrite');
					tx.objectStore('meta').put({ key: 'lastBackupAt', value: at });
					tx.objectStore('meta').put({ key: 'lastBackupReviewCount', value: 0 });
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		FIXED_NOW - 8 * DAY_MS
	);
	await page.goto('/');
	const nudge = page.getByTestId('backup-nudge');
	await expect(nudge).toContainText('Last backup 8 days ago: 1 new review lives only on this device.');
	await page.screenshot({ path: test.info().outputPath('backup-nudge-360.png') });
	await nudge.getByRole('button', { name: 'Remind me tomorrow' }).tap();
	await expect(nudge).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	await expect(page.getByTestId('due-total')).toBeVisible();
	await expect(nudge).toHaveCount(0);
});
