// CSV import and Anki export, in a phone viewport, offline after install: a file with a BOM, a
// header and quoted newlines is previewed, imported, and its cards show up in the deck; the deck
// then exports as an .apkg that is a real zip holding collection.anki2.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { countRows, expect, test } from './fixtures';

/** Screenshots for a person to look at, written only when SHOTS names a folder. */
async function shot(target: { screenshot(options: { path: string }): Promise<unknown> }, name: string) {
	if (process.env.SHOTS) await target.screenshot({ path: `${process.env.SHOTS}/${name}.png` });
}

/** Opens a downloaded .apkg: checks the zip and the database, and returns the notes' guids. */
async function readApkg(path: string): Promise<string[]> {
	const files = unzipSync(new Uint8Array(readFileSync(path)));
	expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
	const SQL = await initSqlJs();
	const db = new SQL.Database(files['collection.anki2']);
	try {
		expect(db.exec('PRAGMA integrity_check')[0].values).toEqual([['ok']]);
		return (db.exec('SELECT guid FROM notes')[0]?.values ?? []).map((row) => String(row[0]));
	} finally {
		db.close();
	}
}

const CSV = [
	'\uFEFF#separator:Comma',
	'#columns:Front,Back,Tags',
	'#tags:imported',
	'"What does a ""surrogate key"" buy you?","Stability when the natural key changes.',
	'It also keeps joins narrow.",keys',
	'Why partition a fact table by date?,Pruning: queries touch only the days they ask for.,',
	'"Only a question",',
	''
].join('\r\n');

test.describe('interop, offline after install', () => {
	test.beforeEach(async ({ installedApp, context }) => {
		void installedApp;
		await context.setOffline(true);
	});

	test('imports a CSV with a BOM and quoted newlines after a preview, and the cards appear in the deck', async ({ installedApp: page, requests, baseURL }) => {
		const itemsBefore = await countRows(page, 'items');
		await page.goto('/settings');
		const panel = page.getByTestId('csv-import');
		await panel.scrollIntoViewIfNeeded();
		await panel.getByLabel('Into deck').selectOption('modeling');
		await panel.getByLabel('File').setInputFiles({ name: 'cards.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });

		await expect(panel.getByTestId('csv-counts')).toContainText('2 new · 0 to update · 0 already there · 1 invalid');
		const preview = panel.getByTestId('csv-preview');
		await expect(preview).toContainText('What does a "surrogate key" buy you?');
		await expect(preview).toContainText('Line 7: The answer is empty');
		// Nothing is written by the preview.
		expect(await countRows(page, 'items')).toBe(itemsBefore);
		await shot(panel, 'interop-preview');
		const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(pageWidth).toBeLessThanOrEqual(360);

		await panel.getByRole('button', { name: 'Import 2 cards' }).click();
		await expect(panel.getByTestId('csv-result')).toContainText('Imported 2 new cards; 1 row skipped.');
		expect(await countRows(page, 'items')).toBe(itemsBefore + 2);

		await panel.getByRole('link', { name: 'Open Data modeling' }).click();
		// The deck lists a preview of each kind: the title filter finds the new cards among the rest.
		const filter = page.getByRole('searchbox', { name: 'Filter this deck by title' });
		await filter.fill('surrogate key');
		await expect(page.getByText('What does a "surrogate key" buy you?')).toBeVisible();
		await filter.fill('partition a fact table');
		await expect(page.getByText('Why partition a fact table by date?')).toBeVisible();

		// Choosing the same file again finds both cards already there.
		await page.goto('/settings');
		await page.getByTestId('csv-import').getByLabel('File').setInputFiles({ name: 'cards.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
		await expect(page.getByTestId('csv-counts')).toContainText('0 new · 0 to update · 2 already there · 1 invalid');
		await expect(page.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
		expect(requests.offOrigin(new URL(baseURL!).origin)).toEqual([]);
	});

	test('exports a deck to an .apkg that is a zip holding a valid collection.anki2', async ({ installedApp: page }) => {
		await page.goto('/decks/sql');
		await page.getByRole('button', { name: 'Export to Anki' }).click();
		const link = page.getByRole('link', { name: 'Download' });
		await expect(link).toBeVisible();
		await shot(page, 'interop-export');
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toBe('rehearse-sql-patterns.apkg');
		const guids = await readApkg((await download.path())!);
		const notes = guids.length;
		expect(notes).toBeGreaterThan(0);
		expect(new Set(guids).size).toBe(notes);
		await expect(page.getByText(new RegExp(`${notes} notes from SQL patterns`))).toBeVisible();
	});

	test('exports a saved set of hand-picked questions, one note per concept', async ({ installedApp: page }) => {
		// A set as the question bank saves one: three concept ids, picked by hand.
		const setId = await page.evaluate(
			() =>
				new Promise<string>((resolve, reject) => {
					const open = indexedDB.open('rehearse');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction(['items', 'sets'], 'readwrite');
						const ids: string[] = [];
						tx.objectStore('items').index('kind').openCursor(IDBKeyRange.only('concept')).onsuccess = (event) => {
							const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
							if (cursor && ids.length < 3) {
								ids.push(cursor.value.id);
								cursor.continue();
							} else {
								tx.objectStore('sets').put({ id: 'set-anki', name: 'Three concepts', filter: null, itemIds: ids, createdAt: Date.now() });
							}
						};
						tx.oncomplete = () => {
							db.close();
							resolve('set-anki');
						};
						tx.onerror = () => reject(tx.error);
					};
				})
		);
		await page.goto(`/study/${setId}`);
		await page.getByRole('button', { name: 'Export to Anki' }).click();
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download' }).click()]);
		expect(download.suggestedFilename()).toBe('rehearse-three-concepts.apkg');
		expect(await readApkg((await download.path())!)).toHaveLength(3);
	});
});
