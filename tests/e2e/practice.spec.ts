// The question bank on a phone, installed and offline: filters live in the URL, search narrows the
// list, and picked or filtered questions save as named sets.
import { countRows, expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/** The number of results shown, or -1 while the list is still loading (so expect.poll retries). */
async function resultCount(page: Page): Promise<number> {
	const text = (await page.getByTestId('result-count').textContent()) ?? '';
	const match = /^\s*(\d+) questions?/.exec(text);
	return match ? Number(match[1]) : -1;
}

async function openBank(page: Page) {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).tap();
	await expect(page.getByRole('heading', { name: 'Practice', exact: true })).toBeVisible();
	await expect(page.getByTestId('result-count')).toHaveText(/\d+ questions/);
}

test('filters by kind and topic in the URL, keeps them across a reload, and search narrows the list', async ({ installedApp: page, context }) => {
	await context.setOffline(true);
	await openBank(page);
	const total = await resultCount(page);
	expect(total).toBeGreaterThan(300);

	await page.getByRole('button', { name: /^Filters/ }).tap();
	const sheet = page.getByRole('dialog', { name: 'Filters' });
	await sheet.getByRole('checkbox', { name: /^SQL \d+$/ }).check();
	await sheet.getByRole('searchbox', { name: 'Find a topic' }).fill('window');
	await sheet.getByRole('checkbox', { name: /^window functions \d+$/ }).check();
	await sheet.getByRole('button', { name: /^Show \d+ questions$/ }).tap();
	await expect(sheet).toBeHidden();

	await expect(page).toHaveURL(/\/practice\?kind=sql&topic=window\+functions$/);
	const filtered = await resultCount(page);
	expect(filtered).toBeGreaterThan(5);
	expect(filtered).toBeLessThan(total);
	const results = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
	for (const meta of await results.locator('.meta').allTextContents()) expect(meta).toMatch(/^SQL/);

	await page.reload();
	await expect(page.getByRole('list', { name: 'Filters in use' })).toContainText('SQL');
	await expect(page.getByRole('button', { name: 'Remove filter window functions' })).toBeVisible();
	await expect.poll(() => resultCount(page)).toBe(filtered);

	// A bookmark: the filtered address opened in a new tab is the same filtered list.
	const bookmark = await context.newPage();
	await bookmark.goto(page.url());
	await expect(bookmark.getByTestId('result-count')).toHaveText(/\d+ questions?/);
	await expect.poll(() => resultCount(bookmark)).toBe(filtered);
	await bookmark.close();

	const search = page.getByRole('searchbox', { name: 'Search questions' });
	await search.pressSequentially('top dish per restaurant');
	await expect.poll(() => resultCount(page)).toBe(1);
	await expect(results.first()).toContainText('Top dish per restaurant, ties kept');
	await expect(page).toHaveURL(/q=top\+dish\+per\+restaurant/);

	await results.first().getByRole('link').tap();
	await expect(page).toHaveURL(/\/practice\/[^/?]+$/);
	await expect(page.getByRole('heading', { name: 'Top dish per restaurant, ties kept' })).toBeVisible();
	await page.goBack();
	await expect.poll(() => resultCount(page)).toBe(1);
	await expect(search).toHaveValue('top dish per restaurant');

	// Removing the search widens the list again; "/" brings the cursor back to the box.
	await search.fill('');
	await expect.poll(() => resultCount(page)).toBe(filtered);

	// The list is windowed: a few dozen rows exist at a time, and the last one is reachable.
	await page.getByRole('button', { name: 'Remove filter window functions' }).tap();
	await page.getByRole('button', { name: 'Remove filter SQL' }).tap();
	await expect.poll(() => resultCount(page)).toBe(total);
	expect(await results.count()).toBeLessThan(60);
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	await expect(results.last()).toHaveAttribute('aria-posinset', String(total));
	await expect(results.last()).toBeInViewport();

	await page.getByRole('heading', { name: 'Practice', exact: true }).click();
	await page.keyboard.press('/');
	await expect(search).toBeFocused();
});

test('hand-picks questions and saves them as a set, then saves, renames and deletes a filter set', async ({ installedApp: page, context }) => {
	await context.setOffline(true);
	await openBank(page);
	const search = page.getByRole('searchbox', { name: 'Search questions' });
	await search.fill('dedup');
	const results = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
	await expect.poll(() => resultCount(page)).toBeGreaterThan(2);

	await page.getByRole('button', { name: 'Pick', exact: true }).tap();
	await results.nth(0).getByRole('checkbox').check();
	await results.nth(2).getByRole('checkbox').check();
	await expect(page.getByRole('status').filter({ hasText: 'picked' })).toContainText('2 picked');
	await page.getByRole('button', { name: 'Save set', exact: true }).tap();
	const dialog = page.getByRole('dialog', { name: 'Save as a set' });
	await expect(dialog).toContainText('The 2 questions you picked');

	// A blank name is refused with a reason, and the dialog stays open.
	await dialog.getByRole('button', { name: 'Save set' }).tap();
	await expect(dialog.getByRole('alert')).toHaveText('Give the set a name.');
	await dialog.getByRole('textbox', { name: 'Name' }).fill('Stripe onsite');
	await dialog.getByRole('button', { name: 'Save set' }).tap();
	await expect(dialog).toBeHidden();

	const sets = page.locator('details.sets');
	const stripe = sets.getByRole('link', { name: 'Stripe onsite' });
	await expect(stripe).toBeVisible();
	await expect(stripe).toHaveAttribute('href', /^\/study\/[0-9a-f-]{36}$/);
	await expect(sets).toContainText('2 picked questions');
	expect(await countRows(page, 'sets')).toBe(1);

	// The current filter as a set: it says what it matches, and can be renamed and deleted.
	await page.getByRole('button', { name: 'Save set', exact: true }).tap();
	await expect(dialog).toContainText('Questions matching: “dedup”');
	await dialog.getByRole('textbox', { name: 'Name' }).fill('Dedup drills');
	await dialog.getByRole('button', { name: 'Save set' }).tap();
	await expect(sets.getByRole('link', { name: 'Dedup drills' })).toBeVisible();

	await sets.getByRole('button', { name: 'Rename Dedup drills' }).tap();
	await sets.getByRole('textbox', { name: 'New name for Dedup drills' }).fill('stripe onsite');
	await sets.getByRole('button', { name: 'Save', exact: true }).tap();
	await expect(sets.getByRole('alert')).toHaveText('You already have a set called "Stripe onsite".');
	await sets.getByRole('textbox', { name: 'New name for Dedup drills' }).fill('Deduplication');
	await sets.getByRole('button', { name: 'Save', exact: true }).tap();
	await expect(sets.getByRole('link', { name: 'Deduplication' })).toBeVisible();

	await sets.getByRole('button', { name: 'Delete Deduplication' }).tap();
	await sets.getByRole('button', { name: 'Keep' }).tap();
	await expect(sets.getByRole('link', { name: 'Deduplication' })).toBeVisible();
	await sets.getByRole('button', { name: 'Delete Deduplication' }).tap();
	await sets.getByRole('button', { name: 'Delete', exact: true }).tap();
	await expect(sets.getByRole('link', { name: 'Deduplication' })).toBeHidden();

	await page.reload();
	await page.locator('details.sets summary').tap();
	await expect(page.locator('details.sets').getByRole('link')).toHaveText(['Stripe onsite']);
});

test('a row wraps its title to two lines and marks difficulty, solved and due', async ({ installedApp: page }) => {
	const id = 'sql-nonequi-pay-compression';
	// A passed check and a card due yesterday, written as the drill screen and the review would.
	await page.evaluate(
		({ id, day }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(['attempts', 'cards'], 'readwrite');
					tx.objectStore('attempts').put({ id: 'seeded-pass', itemId: id, at: Date.now() - day, code: 'SELECT 1', verdict: 'pass', durationMs: 60_000, hintsUsed: 0, detail: null });
					const cards = tx.objectStore('cards');
					const read = cards.get(`${id}::solve`);
					read.onsuccess = () => cards.put({ ...read.result, phase: 'review', due: Date.now() - day, stability: 3, reps: 2, lastReview: Date.now() - 4 * day });
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
					tx.onabort = () => reject(tx.error);
				};
			}),
		{ id, day: 86_400_000 }
	);
	await openBank(page);
	await page.getByRole('searchbox', { name: 'Search questions' }).fill('pay compression junior grades');
	const row = page.getByRole('list', { name: 'Questions' }).getByRole('listitem').first();
	await expect(row).toContainText('Pay compression: junior grades out-earning senior ones');
	await expect(row.getByTestId('marker-due')).toHaveText('Due');
	await expect(row.getByTestId('marker-solved')).toHaveText(/^✓\s*Solved$/);
	await expect(row.getByTestId('marker-difficulty')).toContainText('Hard');

	// The whole title shows on two lines at 360 px: not one line with an ellipsis, nothing cut.
	const title = row.locator('.title');
	const { lines, cut } = await title.evaluate((el) => ({
		lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
		cut: el.scrollHeight > el.clientHeight + 1
	}));
	expect(lines).toBe(2);
	expect(cut).toBe(false);
	// Every marker is inside the row, none clipped by its right edge.
	const rowBox = (await row.boundingBox())!;
	for (const marker of ['marker-due', 'marker-solved', 'marker-difficulty']) {
		const box = (await row.getByTestId(marker).boundingBox())!;
		expect(box.x + box.width, marker).toBeLessThanOrEqual(rowBox.x + rowBox.width);
	}
});
