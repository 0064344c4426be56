// Interview date mode and the FSRS optimiser, on a phone: add an interview in Settings and see its
// readiness on Today; fit FSRS parameters to a seeded review log in the wasm worker, apply, undo.
import type { Page } from '@playwright/test';
import { expect, localDate, test } from './fixtures';

test('adds an interview in Settings, with clear errors, and shows its readiness on Today', async ({ installedApp: page }) => {
	await page.goto('/settings');
	const panel = page.getByTestId('interviews-panel');
	await panel.getByRole('button', { name: 'Add an interview' }).click();
	await panel.getByRole('button', { name: 'Add interview' }).click();
	await expect(panel.getByText('Give the interview a name')).toBeVisible();
	await expect(panel.getByText('Pick the date of the interview.')).toBeVisible();
	await panel.screenshot({ path: test.info().outputPath('interview-form-errors-360.png') });

	await panel.getByLabel('Name').fill('Stripe onsite');
	// What was typed survives the failed save.
	await panel.getByLabel('Date').fill(localDate(12));
	await panel.getByLabel('Minutes a day').fill('15');
	await panel.getByRole('button', { name: 'Add interview' }).click();
	await expect(panel.getByText('Saved Stripe onsite.')).toBeVisible();
	await expect(panel.getByText('Covers every card · 15 min a day · aim for 95% recall')).toBeVisible();
	await panel.screenshot({ path: test.info().outputPath('interviews-panel-360.png') });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	await page.getByRole('link', { name: 'Today' }).first().click();
	const gauge = page.getByTestId('readiness');
	await expect(gauge).toContainText(/Stripe onsite · in 12 days · \d+% ready/);
	await expect(gauge.getByRole('meter', { name: 'Stripe onsite readiness' })).toBeVisible();
	await page.screenshot({ path: test.info().outputPath('readiness-today-360.png') });
	await page.emulateMedia({ colorScheme: 'dark' });
	await gauge.screenshot({ path: test.info().outputPath('readiness-dark-360.png') });
	await page.emulateMedia({ colorScheme: 'light' });

	await page.goto('/settings');
	await panel.getByRole('button', { name: 'Delete' }).click();
	await panel.getByRole('button', { name: 'Delete', exact: true }).first().click();
	await expect(panel.getByText('Deleted Stripe onsite.')).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	await expect(page.getByTestId('readiness')).toHaveCount(0);
});

/** Writes a plausible review log for 90 of the app's cards: 6 reviews each, spaced out over months. */
async function seedReviewLog(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const read = db.transaction('cards', 'readonly').objectStore('cards').getAll(undefined, 90);
					read.onsuccess = () => {
						const cards = read.result as { id: string; itemId: string }[];
						let seed = 42;
						const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
						const DAY = 86_400_000;
						const rows: unknown[] = [];
						for (const card of cards) {
							let at = Date.now() - 300 * DAY + Math.floor(random() * 20) * DAY;
							let interval = 1;
							for (let r = 0; r < 6; r++) {
								const grade = r === 0 ? 3 : random() < 0.12 ? 1 : random() < 0.1 ? 2 : 3;
								rows.push({
									id: crypto.randomUUID(),
									cardId: card.id,
									itemId: card.itemId,
									grade,
									reviewedAt: at,
									phaseBefore: r === 0 ? 'new' : 'review',
									durationMs: 6000,
									score: null,
									mode: 'reveal'
								});
								interval = grade === 1 ? 1 : Math.ceil(interval * (grade === 2 ? 1.4 : 2.6));
								at += interval * DAY + Math.floor(random() * 5) * 3_600_000;
							}
						}
						const write = db.transaction('reviews', 'readwrite');
						const store = write.objectStore('reviews');
						for (const row of rows) store.put(row);
						write.oncomplete = () => {
							db.close();
							resolve(rows.length);
						};
						write.onerror = () => reject(write.error);
					};
				};
			})
	);
}

test('fits FSRS parameters to the review log in a worker, applies them with rescheduling, and undoes it', async ({ installedApp: page, requests }) => {
	await page.goto('/settings');
	const panel = page.getByTestId('optimiser-panel');
	await expect(panel.getByText(/Available after 400 reviews: you have 0 so far/)).toBeVisible();

	const seeded = await seedReviewLog(page);
	expect(seeded).toBeGreaterThanOrEqual(400);
	await page.reload();
	await panel.getByRole('button', { name: `Fit to my ${seeded} reviews` }).click();
	await expect(panel.getByText(/Fitted in \d+\.\d s\./)).toBeVisible({ timeout: 60_000 });
	await expect(panel).toContainText(/The fitted parameters (predict|do not predict) your past reviews better/);
	await expect(panel.getByRole('row', { name: /Log loss \d\.\d{4} \d\.\d{4}/ })).toBeVisible();
	await expect(panel.getByRole('row', { name: /RMSE \d+\.\d{2}% \d+\.\d{2}%/ })).toBeVisible();
	// The wasm came from our own origin.
	expect(requests.urls.some((url) => /fsrs_browser_bg-.*\.wasm$/.test(url))).toBe(true);
	expect(requests.offOrigin(new URL(page.url()).origin)).toEqual([]);
	await panel.getByText('All 21 parameters').click();
	await panel.screenshot({ path: test.info().outputPath('optimiser-result-360.png') });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

	const duesBefore = await cardDues(page);
	await panel.getByLabel(/Also reschedule my cards now/).check();
	await panel.getByRole('button', { name: 'Use the new parameters' }).click();
	await expect(panel.getByText(/Using the new parameters\. \d+ cards were rescheduled\./)).toBeVisible();
	expect(await cardDues(page)).not.toEqual(duesBefore);

	await panel.getByRole('button', { name: 'Undo' }).click();
	await expect(panel.getByText('Back to the previous parameters, with your cards as they were.')).toBeVisible();
	expect(await cardDues(page)).toEqual(duesBefore);
});

/** Every card's due time, by id, straight from IndexedDB. */
function cardDues(page: Page): Promise<Record<string, number>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, number>>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction('cards', 'readonly').objectStore('cards').getAll();
					request.onsuccess = () => {
						db.close();
						resolve(Object.fromEntries((request.result as { id: string; due: number }[]).map((card) => [card.id, card.due])));
					};
					request.onerror = () => reject(request.error);
				};
			})
	);
}
