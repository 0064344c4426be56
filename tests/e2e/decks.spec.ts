// A deck's page on a phone: study the deck, open an item from its row, suspend from the row's menu,
// narrow the items by kind and title; and Today's deck rows, which open the deck from anywhere.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Taps a point of `inside` away from its link text: the whole row must answer, not only the words. */
async function tapAt(page: Page, inside: Locator) {
	const box = (await inside.boundingBox())!;
	await page.touchscreen.tap(box.x + box.width - 12, box.y + box.height / 2);
}

test('Study this deck reviews that deck’s cards only, and ending the session goes back to the deck', async ({ installedApp: page }) => {
	await page.goto('/decks/capacity');
	await expect(page.getByRole('heading', { name: 'Capacity estimates', level: 1 })).toBeVisible();
	await expect(page.getByTestId('deck-size')).toHaveText(/^\d+ items · \d+ cards$/);
	await expect(page.getByTestId('deck-study-now')).toHaveText(/^0 due · [1-9]\d* new$/);

	await page.getByRole('link', { name: 'Study this deck' }).tap();
	await expect(page).toHaveURL(/\/review\?set=deck%3Acapacity&mode=scheduled&new=limits$/);
	await expect(page.getByTestId('study-scope')).toContainText('Capacity estimates deck');
	// Today's queue starts with whatever the interleave picks; this one holds only the deck's cards.
	for (let i = 0; i < 3; i++) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Review: Capacity estimates');
		await page.getByRole('button', { name: 'Show answer' }).tap();
		await page.getByRole('button', { name: /^Good/ }).tap();
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName('Review: Capacity estimates');

	await page.getByRole('link', { name: 'End session' }).tap();
	await expect(page).toHaveURL(/\/decks\/capacity$/);
	// The three answered cards are in learning now, no longer new.
	await expect(page.getByTestId('deck-study-now')).toHaveText(/^3 due · \d+ new$/);
});

test('a row opens its item from anywhere on it, and its menu suspends and unsuspends the item', async ({ installedApp: page }) => {
	await page.goto('/decks/modeling');
	await page.getByRole('searchbox', { name: 'Filter this deck by title' }).fill('five-phase data-modeling');
	const row = page.getByTestId('deck-item').filter({ hasText: 'The five-phase data-modeling interview' });
	await expect(row).toHaveCount(1);
	await expect(row).toContainText('6 cards · 6 new');
	// No Suspend button on the page until a row's menu is opened.
	await expect(page.getByRole('button', { name: /^Suspend/ })).toHaveCount(0);

	await row.getByRole('button', { name: 'Actions for The five-phase data-modeling interview' }).tap();
	await row.getByRole('button', { name: 'Suspend all 6 cards' }).tap();
	await expect(row).toContainText('6 cards · suspended');
	await expect(row.getByRole('button', { name: /^Actions for/ })).toBeFocused();
	await page.goto('/decks');
	await expect(page.getByRole('link', { name: /Data modeling/ })).toContainText('6 suspended');

	await page.goto('/decks/modeling');
	await page.getByRole('searchbox', { name: 'Filter this deck by title' }).fill('five-phase data-modeling');
	await row.getByRole('button', { name: /^Actions for/ }).tap();
	await row.getByRole('button', { name: 'Unsuspend all 6 cards' }).tap();
	await expect(row).toContainText('6 cards · 6 new');

	// The menu closes with Escape, back on its button.
	await row.getByRole('button', { name: /^Actions for/ }).tap();
	await expect(row.getByRole('button', { name: /^Suspend/ })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(row.getByRole('button', { name: /^Suspend/ })).toBeHidden();

	// Tapping the row beside its text opens the item, as the title does.
	await tapAt(page, row.locator('.text'));
	await expect(page).toHaveURL(/\/practice\/five-phase-modeling$/);
	await expect(page.getByRole('heading', { name: 'The five-phase data-modeling interview', level: 1 })).toBeVisible();
});

test('a long deck is grouped by kind, short on a phone, and narrows by kind chips and title', async ({ installedApp: page }) => {
	await page.goto('/decks/sql');
	const sqlHeading = page.getByRole('heading', { level: 2, name: /^SQL \d+$/ });
	await expect(sqlHeading).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /^Concepts \d+$/ })).toBeVisible();
	const sqlCount = Number((await sqlHeading.locator('.muted').textContent()) ?? NaN);
	expect(sqlCount).toBeGreaterThan(100);
	// A preview of each kind: the page stays a few screens long, whatever the deck's size.
	const rows = page.getByTestId('deck-item');
	expect(await rows.count()).toBeLessThan(30);
	expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);

	await page.getByRole('button', { name: `Show all ${sqlCount} SQL` }).tap();
	await expect(page.getByRole('checkbox', { name: `SQL ${sqlCount}` })).toBeChecked();
	await expect(page.getByRole('heading', { level: 2, name: /^Concepts/ })).toBeHidden();
	await expect(rows).toHaveCount(40);
	await page.getByRole('button', { name: `Show more (${sqlCount - 40} left)` }).tap();
	await expect(rows).toHaveCount(80);

	// The chips combine; the title filter narrows within them.
	await page.getByRole('checkbox', { name: /^Concepts \d+$/ }).check();
	await expect(page.getByRole('heading', { level: 2, name: /^Concepts/ })).toBeVisible();
	await page.getByRole('checkbox', { name: `SQL ${sqlCount}` }).uncheck();
	await expect(sqlHeading).toBeHidden();
	await page.getByRole('checkbox', { name: /^Concepts \d+$/ }).uncheck();
	await page.getByRole('searchbox', { name: 'Filter this deck by title' }).fill('running total');
	await expect(rows.first()).toBeVisible();
	for (const title of await rows.locator('.title').allTextContents()) expect(title.toLowerCase()).toContain('running total');
	await page.getByRole('searchbox', { name: 'Filter this deck by title' }).fill('no title says this');
	await expect(page.getByText('No item of this deck matches.')).toBeVisible();
});

test('Today’s deck rows open the deck from anywhere on the row', async ({ installedApp: page }) => {
	await page.goto('/');
	const row = page.getByRole('region', { name: 'By deck' }).getByRole('listitem').first();
	const name = (await row.getByRole('link').textContent())!.trim();
	await tapAt(page, row);
	await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
	await expect(page).toHaveURL(/\/decks\/[a-z-]+$/);
});
