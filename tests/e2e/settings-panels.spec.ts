// Settings on a phone: the styled file picker (name shown, import still works), one gap between
// panels, and the choice of decks new cards come from, which Today follows.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const CSV = ['#separator:Comma', '#columns:Front,Back', 'What does a fact table hold?,Measurements at one grain.', ''].join('\n');

/** Today's "By deck" rows as deck name → new cards. */
async function newByDeck(page: Page): Promise<Map<string, number>> {
	const rows = page.getByRole('region', { name: 'By deck' }).getByRole('listitem');
	await expect(rows.first()).toBeVisible();
	const counts = new Map<string, number>();
	for (const row of await rows.all()) counts.set((await row.getByRole('link').textContent())!.trim(), Number(await row.locator('.new').textContent()));
	return counts;
}

async function saved(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

test('the file picker is a button that shows the chosen file, and the CSV import still works', async ({ installedApp: page }) => {
	await page.goto('/settings');
	const panel = page.getByTestId('csv-import');
	const input = panel.getByLabel('Choose a file');
	await expect(panel.getByText('Choose a file', { exact: true })).toBeVisible();
	await expect(panel.getByTestId('file-name')).toHaveText('No file chosen');
	// Looks like the app's buttons (44 px tall), not the browser's own control.
	const button = panel.locator('label.button').filter({ has: page.getByLabel('Choose a file') });
	expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	// Reached with the keyboard, with a visible focus ring on the button.
	await input.focus();
	await expect(input).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Tab');
	await expect(input).toBeFocused();
	expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');

	await input.setInputFiles({ name: 'fact-cards.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
	await expect(panel.getByTestId('file-name')).toHaveText('fact-cards.csv');
	await expect(panel.getByTestId('csv-counts')).toContainText('1 new');
	await panel.getByRole('button', { name: 'Import 1 card' }).tap();
	await expect(panel.getByTestId('csv-result')).toContainText('Imported 1 new card.');

	// The backup import uses the same picker; a file that is no backup is named and refused.
	const backup = page.getByTestId('backup-panel');
	await backup.getByTestId('backup-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":') });
	await expect(backup.getByTestId('import-result')).toBeVisible();
	await expect(backup.getByTestId('file-name')).toHaveText('notes.json');
});

test('panels are evenly spaced', async ({ installedApp: page }) => {
	await page.goto('/settings');
	await expect(page.getByTestId('csv-import')).toBeVisible();
	const gaps = await page.locator('.sections').evaluate((root) => {
		const boxes = [...root.children].map((child) => child.getBoundingClientRect()).filter((box) => box.height > 0);
		return boxes.slice(1).map((box, i) => Math.round(box.top - boxes[i].bottom));
	});
	expect(gaps.length).toBeGreaterThan(6);
	expect(new Set(gaps)).toEqual(new Set([16]));
});

test('choosing the decks new cards come from changes Today’s new cards', async ({ installedApp: page }) => {
	await page.goto('/');
	await expect(page.getByText('New cards from every deck.')).toBeVisible();
	const before = await newByDeck(page);
	expect([...before.values()].filter((n) => n > 0).length).toBeGreaterThan(1);

	await page.goto('/settings');
	const chooser = page.getByTestId('new-card-decks');
	await chooser.getByRole('checkbox', { name: 'Python reflexes' }).check();
	await saved(page);
	await expect(chooser).toContainText('1 of');

	await page.goto('/');
	await expect(page.getByText('New cards from Python reflexes.')).toBeVisible();
	const after = await newByDeck(page);
	expect(after.get('Python reflexes')).toBeGreaterThan(0);
	for (const [deck, fresh] of after) if (deck !== 'Python reflexes') expect(fresh, deck).toBe(0);

	// Kept across a reload, and "Every deck" goes back to the mix.
	await page.goto('/settings');
	await page.reload();
	await expect(chooser.getByRole('checkbox', { name: 'Python reflexes' })).toBeChecked();
	await chooser.getByRole('button', { name: 'Every deck' }).tap();
	await saved(page);
	await page.goto('/');
	await expect(page.getByText('New cards from every deck.')).toBeVisible();
});
