// A new user's first minute, on a phone: onboarding on Today, skipping it, restoring a backup after
// a full wipe of site data, the first cards mixing kinds and decks, and where "All done" leads.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { contentStored, countRows, expect, localDate, test } from './fixtures';

test.use({ onboarded: false });

/** A true first visit: Today opens on onboarding once the whole bank is stored. */
async function firstRun(page: Page) {
	await page.goto('/');
	const onboarding = page.getByTestId('onboarding');
	await expect(onboarding.getByRole('heading', { name: 'Set up in a minute' })).toBeVisible({ timeout: 30_000 });
	await contentStored(page);
	return onboarding;
}

/** What kind of card the review screen shows now: a drill has Check, a script asks what to say. */
async function kindOnScreen(page: Page): Promise<'drill' | 'script' | 'recall'> {
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	if (await page.getByRole('button', { name: 'Check', exact: true }).isVisible()) return 'drill';
	if (await page.getByText('What do you say?').isVisible()) return 'script';
	return 'recall';
}

/** The deck names in Today's "By deck" list. */
async function todayDecks(page: Page): Promise<string[]> {
	return page.getByRole('region', { name: 'By deck' }).getByRole('listitem').getByRole('link').allTextContents();
}

test('first run: choosing rounds, a dialect and a date gives first cards that mix kinds from those decks', async ({ page }) => {
	const onboarding = await firstRun(page);
	await page.screenshot({ path: test.info().outputPath('onboarding-360.png'), fullPage: true });

	await onboarding.getByRole('checkbox', { name: /SQL live coding/ }).check();
	await onboarding.getByRole('checkbox', { name: /Behavioural/ }).check();
	await onboarding.getByRole('radio', { name: 'SQLite' }).check();
	await onboarding.getByLabel(/Interview date/).fill(localDate(21));
	await onboarding.getByRole('button', { name: 'Start studying' }).tap();

	// Today, counted from the chosen decks only, with interview mode on.
	await expect(onboarding).toHaveCount(0);
	await expect(page.getByText('New cards from SQL patterns, Behavioural.')).toBeVisible();
	expect((await todayDecks(page)).sort()).toEqual(['Behavioural', 'SQL patterns']);
	await expect(page.getByTestId('readiness')).toBeVisible();

	// The first five cards take turns: a recall card, a script, a recall card, a drill, a recall card.
	await page.getByRole('link', { name: /^Start/ }).tap();
	const kinds: string[] = [];
	for (let i = 0; i < 5; i++) {
		const kind = await kindOnScreen(page);
		kinds.push(kind);
		// The drill runs on the dialect chosen above.
		if (kind === 'drill') await expect(page.locator('[data-sql-dialect="sqlite"]')).toBeVisible();
		await page.getByRole('button', { name: 'Show answer' }).tap();
		await page.getByRole('button', { name: /^Easy/ }).tap();
		await expect.poll(() => countRows(page, 'reviews')).toBe(i + 1);
	}
	expect(kinds).toEqual(['recall', 'script', 'recall', 'drill', 'recall']);

	// Answered once, never asked again.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	await expect(page.getByText(/Last reviewed/)).toBeVisible();
	await expect(page.getByTestId('onboarding')).toHaveCount(0);
});

test('skipping is one tap, gives a mix of every deck, and is not asked again', async ({ page }) => {
	const onboarding = await firstRun(page);
	await onboarding.getByRole('button', { name: /^Skip/ }).tap();

	await expect(page.getByRole('link', { name: /^Start · 20 cards/ })).toBeVisible();
	await expect(page.getByText('New cards from every deck.')).toBeVisible();
	// Twenty new cards from many decks, not twenty from the first deck in file order.
	expect((await todayDecks(page)).length).toBeGreaterThanOrEqual(8);

	await page.reload();
	await expect(page.getByRole('link', { name: /^Start/ })).toBeVisible();
	await expect(page.getByTestId('onboarding')).toHaveCount(0);

	// Asked again only on request, from Today.
	await page.getByRole('link', { name: 'Change' }).tap();
	await expect(page.getByTestId('onboarding')).toBeVisible();
});

test('after a full wipe of site data the first screen offers to restore a backup, and restoring brings the history back', async ({
	page,
	baseURL
}) => {
	await (await firstRun(page)).getByRole('button', { name: /^Skip/ }).tap();
	await page.getByRole('link', { name: /^Start/ }).tap();
	for (let i = 0; i < 2; i++) {
		await page.getByRole('button', { name: 'Show answer' }).tap();
		await page.getByRole('button', { name: /^Good/ }).tap();
		await expect.poll(() => countRows(page, 'reviews')).toBe(i + 1);
	}
	await page.goto('/settings#backup');
	const panel = page.getByTestId('backup-panel');
	await panel.getByRole('button', { name: 'Prepare backup' }).tap();
	const download = page.waitForEvent('download');
	await panel.getByRole('button', { name: 'Export backup' }).tap();
	const path = join(mkdtempSync(join(tmpdir(), 'rehearse-onboarding-')), (await download).suggestedFilename());
	await (await download).saveAs(path);

	// Everything the site stored is gone, the wipe marker included: nothing says a history existed.
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'all' });
	const onboarding = await firstRun(page);
	expect(await countRows(page, 'reviews')).toBe(0);

	await onboarding.getByText('Used Rehearse before? Restore a backup').tap();
	await onboarding.getByTestId('backup-file').setInputFiles(path);
	await expect(onboarding.getByTestId('backup-summary')).toContainText('2 reviews');
	await onboarding.getByRole('radio', { name: /Replace/ }).check();
	await onboarding.getByRole('button', { name: 'Replace my data' }).tap();
	await expect(onboarding.getByTestId('import-result')).toContainText('Restored 2 reviews');
	await onboarding.getByRole('button', { name: 'Continue to Today' }).tap();

	await expect(page.getByText(/Last reviewed/)).toBeVisible();
	await expect(page.getByTestId('onboarding')).toHaveCount(0);
	expect(await countRows(page, 'reviews')).toBe(2);
});

test.describe('a returning user', () => {
	test.use({ onboarded: true });

	test('with nothing left today, "All done" leads to custom study, the weakest items and a mock', async ({ installedApp: page }) => {
		// A day of one new card, answered: nothing is left.
		await page.goto('/settings');
		const perDay = page.getByLabel('New cards per day');
		await perDay.fill('1');
		await perDay.blur();
		await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
		await page.goto('/');
		await page.getByRole('link', { name: 'Start · 1 card' }).tap();
		await page.getByRole('button', { name: 'Show answer' }).tap();
		await page.getByRole('button', { name: /^Easy/ }).tap();
		await page.getByRole('link', { name: 'Back to Today' }).tap();
		const done = page.getByTestId('all-done');
		await expect(done).toContainText('All done for today');
		await page.screenshot({ path: test.info().outputPath('all-done-360.png'), fullPage: true });

		await done.getByRole('link', { name: /Custom study/ }).tap();
		await expect(page).toHaveURL(/\/practice$/);
		await page.goBack();
		await done.getByRole('link', { name: /weakest items/ }).tap();
		await expect(page.getByRole('heading', { name: 'Weakest items' })).toBeVisible();
		await page.goBack();
		await done.getByRole('link', { name: /mock interview/ }).tap();
		await expect(page).toHaveURL(/\/mock$/);
	});

	test("Today's deck rows open their deck from anywhere in the row", async ({ installedApp: page }) => {
		const row = page.getByRole('region', { name: 'By deck' }).getByRole('listitem').first();
		const name = (await row.getByRole('link').textContent())!.trim();
		const box = (await row.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		// Tap near the right edge, on the counts, far from the name.
		await page.touchscreen.tap(box.x + box.width - 8, box.y + box.height / 2);
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	});
});
