import type { Page } from '@playwright/test';
import { countRows, expect, pageNow, test } from './fixtures';

const SET_NAME = 'Stripe onsite';

type StoredCard = { id: string; itemId: string; due: number } & Record<string, unknown>;

/** Every row of an object store, straight from the app's IndexedDB. */
function allRows<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction(name, 'readonly').objectStore(name).getAll();
					request.onsuccess = () => {
						resolve(request.result as T[]);
						db.close();
					};
					request.onerror = () => reject(request.error);
				};
			}),
		store
	);
}

/**
 * Saves a hand-picked set in the question bank, as a user would: one decision table (several cards)
 * and three more questions. Leaves the page on the set's study page; returns the set's item ids.
 */
async function saveSetInBank(page: Page): Promise<string[]> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).tap();
	await expect(page.getByTestId('result-count')).toHaveText(/\d+ questions/);
	await page.getByRole('button', { name: /^Filters/ }).tap();
	const sheet = page.getByRole('dialog', { name: 'Filters' });
	await sheet.getByRole('checkbox', { name: /^Table \d+$/ }).check();
	await sheet.getByRole('button', { name: /^Show \d+ questions?$/ }).tap();
	await expect(sheet).toBeHidden();
	const results = page.getByRole('list', { name: 'Questions' }).getByRole('listitem');
	await expect(results.first().locator('.meta')).toHaveText(/^Table/);
	await page.getByRole('button', { name: 'Pick', exact: true }).tap();
	await results.first().getByRole('checkbox').check();
	// Picks survive a change of filter: widen to every kind and add three more.
	await page.getByRole('button', { name: /^Remove filter/ }).tap();
	await page.getByRole('searchbox', { name: 'Search questions' }).fill('concept');
	await expect(page.getByTestId('result-count')).not.toHaveText('1 question');
	for (let i = 0, added = 0; added < 3; i++) {
		const box = results.nth(i).getByRole('checkbox');
		if (await box.isChecked()) continue;
		await box.check();
		added++;
	}
	await expect(page.getByRole('status')).toContainText('4 picked');
	await page.getByRole('button', { name: 'Save set', exact: true }).tap();
	const dialog = page.getByRole('dialog', { name: 'Save as a set' });
	await dialog.getByRole('textbox', { name: 'Name' }).fill(SET_NAME);
	await dialog.getByRole('button', { name: 'Save set' }).tap();
	await expect(dialog).toBeHidden();
	const [set] = await allRows<{ id: string; itemIds: string[] }>(page, 'sets');
	expect(set.itemIds).toHaveLength(4);
	await page.locator('details.sets').getByRole('link', { name: SET_NAME }).tap();
	await expect(page).toHaveURL(`/study/${set.id}`);
	return set.itemIds;
}

/** Answers cards until the session's summary shows, with these grades in turn (the last one repeats). */
async function answerAll(page: Page, grades: string[]): Promise<number> {
	const summary = page.getByRole('heading', { name: /complete$/ });
	let answered = 0;
	for (; answered < 60; answered++) {
		const show = page.getByRole('button', { name: 'Show answer' });
		await expect(show.or(summary)).toBeVisible();
		if (await summary.isVisible()) return answered;
		await show.tap();
		await page.getByRole('button', { name: new RegExp(`^${grades[Math.min(answered, grades.length - 1)]}`) }).tap();
	}
	throw new Error('the session did not end after 60 answers');
}

test('crams a saved set without changing any due date, then reviews only that set', async ({ installedApp: page, requests, baseURL }) => {
	const setItems = await saveSetInBank(page);
	const cardsBefore = await allRows<StoredCard>(page, 'cards');
	const reviewsBefore = await countRows(page, 'reviews');
	const setCards = cardsBefore.filter((card) => setItems.includes(card.itemId) && !card.suspended && !card.archived);
	expect(setCards.length).toBeGreaterThan(setItems.length);

	// The set's page: its name, its size and the two modes, each explained.
	await expect(page.getByRole('heading', { name: SET_NAME })).toBeVisible();
	await expect(page.getByTestId('set-size')).toHaveText(new RegExp(`4 questions · ${setCards.length} cards`));
	await expect(page.getByRole('heading', { name: 'Scheduled review' })).toBeVisible();
	await expect(page.getByText('Your schedule is not changed.')).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	await page.screenshot({ path: test.info().outputPath('custom-study-set.png'), fullPage: true });

	// Cram, weakest first, with every grade and an undo on the way.
	await page.getByLabel(/Weakest first/).check();
	await page.getByRole('button', { name: 'Start cram' }).tap();
	await expect(page.getByTestId('study-scope')).toContainText('Cram · not scheduled');
	await page.getByRole('button', { name: 'Show answer' }).tap();
	await expect(page.getByRole('button', { name: /^Again/ })).toContainText('see soon');
	await page.screenshot({ path: test.info().outputPath('custom-study-cram.png') });
	await page.getByRole('button', { name: /^Again/ }).tap();
	await page.getByRole('button', { name: 'Show answer' }).tap();
	await page.getByRole('button', { name: /^Hard/ }).tap();
	await page.getByRole('button', { name: 'Undo' }).tap();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	const answered = await answerAll(page, ['Hard', 'Easy', 'Again', 'Good']);
	// Again and Hard brought cards back: more answers than cards.
	expect(answered).toBeGreaterThan(setCards.length);
	await expect(page.getByTestId('cram-note')).toContainText('Nothing was rescheduled');
	await page.screenshot({ path: test.info().outputPath('custom-study-cram-done.png') });

	// Not one card moved and no review was written.
	expect(await countRows(page, 'reviews')).toBe(reviewsBefore);
	expect(await allRows<StoredCard>(page, 'cards')).toEqual(cardsBefore);

	// Scheduled review of the set: real reviews, only of the set's cards.
	await page.getByRole('link', { name: 'Back to the set' }).tap();
	await page.getByRole('button', { name: 'Start scheduled review' }).tap();
	await expect(page.getByTestId('study-scope')).toContainText('Scheduled review');
	const reviewed = await answerAll(page, ['Easy']);
	// One new card per question: siblings of the table's card wait for another day.
	expect(reviewed).toBe(setItems.length);
	const reviews = await allRows<{ itemId: string; cardId: string }>(page, 'reviews');
	expect(reviews).toHaveLength(reviewsBefore + reviewed);
	expect(new Set(reviews.map((review) => review.itemId))).toEqual(new Set(setItems));
	const cardsAfter = await allRows<StoredCard>(page, 'cards');
	const reviewedIds = new Set(reviews.map((review) => review.cardId));
	expect(cardsAfter.filter((card) => !reviewedIds.has(card.id))).toEqual(cardsBefore.filter((card) => !reviewedIds.has(card.id)));
	const now = await pageNow(page);
	for (const card of cardsAfter.filter((card) => reviewedIds.has(card.id))) expect(card.due).toBeGreaterThan(now);

	expect(requests.offOrigin(baseURL!)).toEqual([]);
});

test('says so when a set was deleted, or when nothing in it can be studied', async ({ installedApp: page }) => {
	await page.goto('/study/no-such-set');
	await expect(page.getByRole('heading', { name: 'This set no longer exists' })).toBeVisible();
	await page.goto('/review?set=no-such-set&mode=cram');
	await expect(page.getByRole('heading', { name: 'This set no longer exists' })).toBeVisible();
	expect(await countRows(page, 'reviews')).toBe(0);

	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('sets', 'readwrite');
					tx.objectStore('sets').put({ id: 'empty', name: 'Gone questions', filter: null, itemIds: ['no-such-item'], createdAt: Date.now() });
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	await page.goto('/study/empty');
	await expect(page.getByRole('heading', { name: 'Nothing to study in this set' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Start cram' })).toHaveCount(0);
	await page.goto('/review?set=empty&mode=scheduled');
	await expect(page.getByRole('heading', { name: /Nothing to study in/ })).toBeVisible();
	await page.goto('/review?set=empty&mode=sometimes');
	await expect(page.getByRole('heading', { name: 'This study link is not valid' })).toBeVisible();
});

test('crams a SQL drill in the same drill editor: the checked attempt is kept, the schedule is not touched', async ({ installedApp: page }) => {
	const drillId = 'sqla-ads-click-fact-dedup';
	await page.evaluate(
		(itemId) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('sets', 'readwrite');
					tx.objectStore('sets').put({ id: 'drills', name: 'Dedup drills', filter: null, itemIds: [itemId], createdAt: Date.now() });
					tx.oncomplete = () => resolve();
					tx.onerror = () => reject(tx.error);
				};
			}),
		drillId
	);
	const cardsBefore = await allRows<StoredCard>(page, 'cards');

	await page.goto('/review?set=drills&mode=cram');
	await expect(page.getByTestId('study-scope')).toContainText('Cram · not scheduled');
	await page.getByRole('button', { name: 'Check' }).tap();
	await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Not yet' })).toBeVisible();
	await page.getByRole('button', { name: 'Show answer' }).tap();
	await page.getByRole('button', { name: /^Good/ }).tap();
	await expect(page.getByRole('heading', { name: 'Cram complete' })).toBeVisible();

	// Attempts are a log of work done (bank status, drill stats), never read by scheduling.
	expect((await allRows<{ itemId: string }>(page, 'attempts')).map((attempt) => attempt.itemId)).toEqual([drillId]);
	expect(await countRows(page, 'reviews')).toBe(0);
	expect(await allRows<StoredCard>(page, 'cards')).toEqual(cardsBefore);
});
