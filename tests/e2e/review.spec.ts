// The review screen as AnkiDroid users expect it: counts that move, the deck on the card, a per-card
// menu whose actions show at once, a summary that tells answers from cards, and next steps after it.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The header's three numbers, read from the page: new, learning, review. */
async function counts(page: Page) {
	const read = async (kind: string) => Number((await page.getByTestId(`count-${kind}`).locator('strong').textContent()) ?? NaN);
	return { new: await read('new'), learning: await read('learning'), review: await read('review') };
}

/** Sets one number in Settings › Daily study and waits for it to be saved. */
async function setLimit(page: Page, label: string, value: number) {
	await page.goto('/settings');
	await page.getByLabel(label).fill(String(value));
	await page.getByLabel(label).blur();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

const face = (page: Page) => page.locator('article.face');

/** How many cards the app's IndexedDB holds suspended. */
function suspendedCards(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction('cards', 'readonly').objectStore('cards').getAll();
					request.onsuccess = () => {
						resolve(request.result.filter((card: { suspended: number }) => card.suspended === 1).length);
						open.result.close();
					};
					request.onerror = () => reject(request.error);
				};
			})
	);
}

async function startReview(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: /^Start/ }).tap();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
}

test('the counts move as cards are answered, and the card names its deck in the heading', async ({ installedApp: page }) => {
	await startReview(page);
	const before = await counts(page);
	expect(before).toEqual({ new: before.new, learning: 0, review: 0 });
	expect(before.new).toBeGreaterThanOrEqual(3);
	await expect(page.getByTestId('count-new')).toHaveClass(/current/);
	await expect(page.getByRole('heading', { level: 1, name: /^Review: \S/ })).toBeVisible();

	// Again keeps the card for today: it moves from new to learning, so the total stays but the counts move.
	await page.getByRole('button', { name: 'Show answer' }).tap();
	await page.getByRole('button', { name: /^Again/ }).tap();
	await expect(page.getByTestId('count-learning').locator('strong')).toHaveText('1');
	expect(await counts(page)).toEqual({ new: before.new - 1, learning: 1, review: 0 });

	await page.getByRole('button', { name: 'Show answer' }).tap();
	await page.getByRole('button', { name: /^Easy/ }).tap();
	await expect(page.getByTestId('count-new').locator('strong')).toHaveText(String(before.new - 2));
	expect((await counts(page)).learning).toBe(1);

	// Undo puts the counts back with the card.
	await page.getByRole('button', { name: 'Undo' }).first().tap();
	await expect(page.getByTestId('count-new').locator('strong')).toHaveText(String(before.new - 1));
});

test('the card menu suspends a card at once, and undo brings it back', async ({ installedApp: page }) => {
	await startReview(page);
	const first = await face(page).textContent();
	const before = await counts(page);

	await page.getByRole('button', { name: 'Card actions' }).tap();
	await page.getByRole('button', { name: 'Suspend card' }).tap();
	await expect(page.getByRole('status').filter({ hasText: 'Card suspended' })).toBeVisible();
	await expect(face(page)).not.toHaveText(first ?? '');
	// Within the daily limit another new card takes its place, as in Anki.
	expect((await counts(page)).new).toBe(before.new);

	// Undo from the notice shows the same card again, unsuspended.
	await page.getByRole('status').getByRole('button', { name: 'Undo' }).tap();
	await expect(face(page)).toHaveText(first ?? '');
	expect((await counts(page)).new).toBe(before.new);

	expect(await suspendedCards(page)).toBe(0);

	// Suspended for good this time: the card is stored suspended and a new session goes without it.
	await page.getByRole('button', { name: 'Card actions' }).tap();
	await page.getByRole('button', { name: 'Suspend card' }).tap();
	await expect(face(page)).not.toHaveText(first ?? '');
	expect(await suspendedCards(page)).toBe(1);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await expect(face(page)).not.toHaveText(first ?? '');
});

test('the card menu buries a card until tomorrow: it stays out of a new session today', async ({ installedApp: page }) => {
	// No daily limit in the way: burying must not let another new card take the buried one's place unseen.
	await startReview(page);
	const buried = await face(page).textContent();
	await page.getByRole('button', { name: 'Card actions' }).tap();
	await page.getByRole('button', { name: 'Bury until tomorrow' }).tap();
	await expect(page.getByRole('status').filter({ hasText: 'Card buried until tomorrow.' })).toBeVisible();
	await expect(face(page)).not.toHaveText(buried ?? '');

	await page.reload();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await expect(face(page)).not.toHaveText(buried ?? '');
});

test('the card menu opens the card in the bank, and closes with Escape', async ({ installedApp: page }) => {
	await startReview(page);
	const title = (await face(page).locator('.meta').textContent())?.trim() ?? '';
	const menu = page.getByRole('button', { name: 'Card actions' });
	await menu.tap();
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	// New cards interleave by kind, so the first card may be a table row, which is not duplicated.
	await expect(page.getByRole('link', { name: 'Open in the bank' })).toHaveAttribute('href', /^\/practice\//);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Suspend card' })).toBeHidden();
	await expect(menu).toBeFocused();

	await menu.tap();
	await page.screenshot({ path: 'test-results/review-menu-phone-light.png' });
	await page.getByRole('link', { name: 'Open in the bank' }).tap();
	await expect(page).toHaveURL(/\/practice\/[^/]+$/);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('the card menu edits an own card in place', async ({ installedApp: page }) => {
	await page.goto('/mine/new?kind=concept');
	await page.getByLabel('Question', { exact: true }).fill('What does a surrogate key buy you?');
	await page.getByLabel('Answer', { exact: true }).fill('Stable joins when the natural key changes.');
	await page.getByRole('button', { name: 'Save' }).tap();
	await expect(page).toHaveURL(/\/practice\/mine-/);
	const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
	// Studied through a saved set of that one card, so it is on screen whatever today's order is.
	await page.evaluate(
		(itemId) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('sets', 'readwrite');
					tx.objectStore('sets').put({ id: 'mine', name: 'Mine', filter: null, itemIds: [itemId], createdAt: Date.now() });
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			}),
		id
	);
	await page.goto('/review?set=mine&mode=scheduled');
	await expect(face(page)).toContainText('What does a surrogate key buy you?');
	await page.getByRole('button', { name: 'Card actions' }).tap();
	await expect(page.getByRole('link', { name: 'Duplicate into my cards' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Edit this card' }).tap();
	await expect(page).toHaveURL(`/mine/${id}`);
	await expect(page.getByRole('heading', { level: 1, name: /^Edit / })).toBeVisible();
	await expect(page.getByLabel('Question', { exact: true })).toHaveValue('What does a surrogate key buy you?');
});

test('the summary counts answers against cards and offers next steps that work', async ({ installedApp: page }) => {
	await setLimit(page, 'New cards per day', 2);
	await startReview(page);
	// Card A: Again (back in a minute); card B: Easy; card A again: Easy. Three answers, two cards.
	await page.keyboard.press('Space');
	await page.keyboard.press('1');
	await expect(page.getByTestId('count-learning').locator('strong')).toHaveText('1');
	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await expect(page.getByTestId('count-new').locator('strong')).toHaveText('0');
	await page.keyboard.press('Space');
	await page.keyboard.press('4');

	await expect(page.getByRole('heading', { level: 1, name: 'Session complete' })).toBeVisible();
	await expect(page.getByTestId('summary-count')).toHaveText(/^3 answers to 2 cards in about \d+ min\.$/);
	const next = page.getByRole('navigation', { name: 'What next' });
	await expect(next.getByRole('link', { name: 'Set your interview date' })).toBeVisible();
	await page.screenshot({ path: 'test-results/review-summary-phone.png' });
	await expect(next.getByRole('link', { name: 'Practise drills' })).toHaveAttribute('href', '/practice?kind=sql,schema,python');

	// More new cards: ten beyond today's limit.
	await next.getByRole('link', { name: 'Study 10 more new cards' }).tap();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	expect(await counts(page)).toEqual({ new: 10, learning: 0, review: 0 });

	// Back on plain /review, nothing is due within today's limit: the same next steps are offered,
	// and setting the interview date opens the Interviews panel of Settings.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: 'Nothing due right now' })).toBeVisible();
	await page.getByRole('link', { name: 'Set your interview date' }).tap();
	await expect(page).toHaveURL(/\/settings#interviews$/);
	await expect(page.getByRole('heading', { name: 'Interviews' })).toBeInViewport();

	// Practising drills opens the bank filtered to SQL, schema and Python drills.
	await page.goBack();
	await page.getByRole('link', { name: 'Practise drills' }).tap();
	await expect(page.getByTestId('result-count')).toHaveText(/\d+ questions/);
	const kinds = await page.getByRole('list', { name: 'Questions' }).getByRole('listitem').locator('.meta').allTextContents();
	expect(kinds.length).toBeGreaterThan(3);
	for (const kind of kinds) expect(kind).toMatch(/^(SQL|Schema|Python)/);
});

test('keys pressed on a focused button press it, never reveal or grade the card behind', async ({ installedApp: page }) => {
	await startReview(page);
	await page.keyboard.press('Space');
	const hint = page.getByRole('complementary', { name: 'Keyboard shortcuts' });
	await hint.getByRole('button', { name: 'Got it' }).focus();
	await page.keyboard.press('Enter');
	await expect(hint).toBeHidden();
	// The answer shown by the first Space is still waiting for a grade.
	await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
	expect((await counts(page)).learning).toBe(0);
});

test('a suggested grade says so in words, to the eye and to a screen reader', async ({ installedApp: page }) => {
	// A saved set of one script, studied as scheduled review: scripts can be typed and scored.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('sets', 'readwrite');
					const itemIds = ['behavioural-script-questions-back'];
					tx.objectStore('sets').put({ id: 'one-script', name: 'One script', filter: null, itemIds, createdAt: Date.now() });
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	await page.goto('/review?set=one-script&mode=scheduled');
	await page.getByRole('radio', { name: 'Type it' }).tap();
	await page.getByRole('textbox', { name: 'Type the script from memory' }).fill('I would ask a question back.');
	await page.getByRole('button', { name: 'Submit' }).tap();

	const grades = page.getByRole('group', { name: 'Grade your answer' });
	const suggested = grades.getByRole('button', { name: /, suggested$/ });
	await expect(suggested).toHaveCount(1);
	await expect(suggested).toHaveAccessibleName(/^Again \S+, suggested$/);
	await page.screenshot({ path: 'test-results/review-suggested-phone.png' });
	// The visible word, on that button only.
	await expect(suggested.locator('.tag')).toHaveText('suggested');
	await expect(suggested.locator('.tag')).toBeVisible();
	await expect(grades.locator('.tag')).toHaveCount(1);
});

test('the keyboard hint shows after a first key press on a touch device, and stays dismissed', async ({ installedApp: page }) => {
	await startReview(page);
	const hint = page.getByRole('complementary', { name: 'Keyboard shortcuts' });
	await expect(hint).toBeHidden();
	await page.keyboard.press('Space');
	await expect(hint).toBeVisible();
	await hint.getByRole('button', { name: 'Got it' }).tap();
	await expect(hint).toBeHidden();
	await page.reload();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
	await expect(hint).toBeHidden();
});

test.describe('on a laptop', () => {
	test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });

	test('the keyboard hint shows at once where the pointer is fine, and the menu works from the keyboard', async ({ installedApp: page }) => {
		await page.goto('/review');
		await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
		await expect(page.getByRole('complementary', { name: 'Keyboard shortcuts' })).toBeVisible();

		// Enter on the menu's items works them; it never reveals or grades the card behind.
		const shown = await face(page).textContent();
		await page.getByRole('button', { name: 'Card actions' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: 'Suspend card' })).toBeFocused();
		await page.screenshot({ path: 'test-results/review-menu-laptop.png' });
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Bury until tomorrow' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'Card buried until tomorrow.' })).toBeVisible();
		await expect(face(page)).not.toHaveText(shown ?? '');
		await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	});
});

test.describe('in dark mode', () => {
	test.use({ colorScheme: 'dark' });

	test('the card menu and the summary are drawn in the dark theme', async ({ installedApp: page }) => {
		await startReview(page);
		await page.getByRole('button', { name: 'Card actions' }).tap();
		await expect(page.getByRole('button', { name: 'Suspend card' })).toBeVisible();
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(20, 22, 26)');
		await page.screenshot({ path: 'test-results/review-menu-phone-dark.png' });
	});
});
