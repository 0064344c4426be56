import type { Dialog, Page } from '@playwright/test';
import { countRows, expect, test } from './fixtures';
import { typeCode } from './editor';

const QUERY = 'SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY customers DESC, country;';
const HOSTILE = 'Careful: <img src=x onerror=alert(1)> and [a link](javascript:alert(1)) and **bold**.';

/** Nothing in this part of the page can run script or go to a javascript: URL. */
async function expectInert(page: Page, selector: string) {
	const found = await page.locator(selector).evaluateAll((roots) =>
		roots.flatMap((root) =>
			[...root.querySelectorAll('*')].flatMap((el) => [
				...(['IMG', 'SCRIPT', 'IFRAME', 'SVG'].includes(el.tagName.toUpperCase()) ? [el.tagName] : []),
				...[...el.attributes].filter((a) => a.name.startsWith('on') || /^\s*javascript:/i.test(a.value)).map((a) => `${el.tagName}[${a.name}]`)
			])
		)
	);
	expect(found).toEqual([]);
}

test.describe('own cards, offline after install', () => {
	const dialogs: string[] = [];

	test.beforeEach(async ({ installedApp: page, context }) => {
		dialogs.length = 0;
		page.on('dialog', (dialog: Dialog) => {
			dialogs.push(`${dialog.type()}: ${dialog.message()}`);
			void dialog.dismiss();
		});
		await context.setOffline(true);
	});

	test.afterEach(async ({ requests, baseURL }) => {
		expect(dialogs).toEqual([]);
		expect(requests.offOrigin(baseURL!)).toEqual([]);
	});

	test('writes a SQL drill from a reference query, solves it, edits it and deletes it', async ({ installedApp: page }) => {
		await page.goto('/decks');
		await page.getByRole('link', { name: /My cards/ }).tap();
		await page.getByRole('link', { name: 'New SQL drill' }).tap();
		await expect(page.getByRole('heading', { name: 'New SQL drill' })).toBeVisible();

		// Saving too early names what is missing and loses nothing.
		await page.getByLabel('Question', { exact: true }).fill('How many customers does each **country** have? Most first, then by name.');
		await page.getByRole('button', { name: 'Save' }).tap();
		await expect(page.getByText('2 fields need fixing')).toBeVisible();
		await expect(page.getByText('There is no expected result yet: run the reference query and keep its result.')).toBeVisible();
		await expect(page.getByText('The reference query is empty')).toBeVisible();
		await expect(page.getByLabel('Question', { exact: true })).toHaveValue(/each \*\*country\*\*/);
		await expect(page.getByTestId('preview-prompt').locator('strong')).toHaveText('country');

		await page.getByLabel('Dataset').selectOption('payments');
		await typeCode(page, QUERY);
		await page.getByRole('button', { name: 'Run and keep the result' }).tap();
		const expected = page.getByRole('region', { name: 'Expected result' });
		await expect(expected.getByRole('row')).toHaveCount(1 + 6);
		await expect(expected.getByRole('row').nth(1)).toContainText('US');
		await expect(expected.getByRole('row').nth(1)).toContainText('3');
		await page.getByLabel('Row order matters').check();
		await page.getByText('Title, deck and tags').tap();
		await page.getByLabel('Title (optional)').fill('Customers per country');

		const cardsBefore = await countRows(page, 'cards');
		await page.getByRole('button', { name: 'Save' }).tap();

		// Saved: it opens as a drill, with one new card, and Check passes with the reference query.
		await expect(page).toHaveURL(/\/practice\/mine-[0-9a-f-]{36}$/);
		const practiceUrl = page.url();
		await expect(page.getByRole('heading', { name: 'Customers per country' })).toBeVisible();
		expect(await countRows(page, 'cards')).toBe(cardsBefore + 1);
		await typeCode(page, 'SELECT country, COUNT(*) AS customers FROM customers GROUP BY country ORDER BY country;');
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Not yet' })).toBeVisible();
		await typeCode(page, QUERY);
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Correct' })).toBeVisible();

		// It is listed among my cards.
		await page.goto('/mine');
		await expect(page.getByRole('link', { name: 'Customers per country', exact: true })).toBeVisible();

		// Edit: the same card (no new one), the new wording shows.
		await page.goto(practiceUrl);
		await page.getByRole('link', { name: 'Edit this card' }).tap();
		await expect(page.getByRole('heading', { name: 'Edit SQL drill' })).toBeVisible();
		await page.getByLabel('Question', { exact: true }).fill('Customers per **country**, most first.');
		await page.getByRole('button', { name: 'Save' }).tap();
		await expect(page).toHaveURL(practiceUrl);
		await expect(page.locator('.prompt')).toContainText('Customers per country, most first.');
		expect(await countRows(page, 'cards')).toBe(cardsBefore + 1);

		// Delete asks first, in the page; afterwards the card is gone from the list.
		await page.getByRole('link', { name: 'Edit this card' }).tap();
		await page.getByRole('button', { name: 'Delete', exact: true }).tap();
		await page.getByRole('button', { name: 'Delete the card' }).tap();
		await expect(page).toHaveURL(/\/mine$/);
		await expect(page.getByRole('link', { name: 'Customers per country', exact: true })).toHaveCount(0);
		await expect(page.getByText('You have not written any cards yet')).toBeVisible();
	});

	test('shows hostile Markdown as text, in the preview and on the card', async ({ installedApp: page }) => {
		await page.goto('/mine/new?kind=concept');
		await page.getByLabel('Question', { exact: true }).fill('What does the sanitiser keep?');
		await page.getByLabel('Answer', { exact: true }).fill(HOSTILE);

		const preview = page.getByTestId('preview-answer');
		await expect(preview).toContainText('<img src=x onerror=alert(1)>');
		await expect(preview.locator('strong')).toHaveText('bold');
		await expect(preview.getByRole('link')).toHaveCount(0);
		await expectInert(page, '[data-testid^="preview-"]');

		await page.getByRole('button', { name: 'Save' }).tap();
		await expect(page).toHaveURL(/\/practice\/mine-/);
		await page.getByRole('button', { name: 'Show answer' }).tap();
		const answer = page.locator('.answer');
		await expect(answer).toContainText('<img src=x onerror=alert(1)>');
		await expect(answer).toContainText('a link');
		await expect(answer.getByRole('link')).toHaveCount(0);
		await expectInert(page, 'main');
		expect(await page.evaluate(() => document.querySelectorAll('[onerror], a[href^="javascript:" i]').length)).toBe(0);
	});

	test('duplicates a bundled card into an editable copy', async ({ installedApp: page }) => {
		await page.goto('/practice/behavioural-ask-dq-ownership');
		await expect(page.getByRole('link', { name: 'Edit this card' })).toHaveCount(0);
		// A rare action: in the item's menu, not the first button on the page.
		await page.getByRole('button', { name: 'More actions for this item' }).tap();
		await page.getByRole('link', { name: 'Duplicate into my cards' }).tap();
		await expect(page.getByRole('heading', { name: 'New concept card' })).toBeVisible();
		await expect(page.getByLabel('Question', { exact: true })).toHaveValue(/data quality ownership/);
		await page.getByRole('button', { name: 'Save' }).tap();
		await expect(page).toHaveURL(/\/practice\/mine-/);
		await expect(page.getByRole('heading', { name: 'Asking back: data quality ownership (my copy)' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Edit this card' })).toBeVisible();
	});
});
