import { countRows, dueTotal, expect, test } from './fixtures';

test('installs, works offline, keeps answers across reloads, and undoes exactly', async ({
	installedApp: page,
	context,
	requests,
	baseURL
}) => {
	// 1. First visit done by the fixture: the service worker controls the page.
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

	// 2. Offline, a hard reload still renders the app from the precache.
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	const dueBefore = await dueTotal(page);
	expect(dueBefore).toBeGreaterThanOrEqual(3);

	// 3. Review three cards: by tapping, by keys, and mixed. Easy graduates a new card past today.
	await page.getByRole('link', { name: /^Start/ }).tap();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();

	await page.getByRole('button', { name: 'Show answer' }).tap();
	await page.getByRole('button', { name: /^Easy/ }).tap();

	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^Easy/ })).toBeVisible();
	await page.keyboard.press('4');

	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	await page.keyboard.press('Enter');
	await page.getByRole('button', { name: /^Easy/ }).tap();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	expect(await countRows(page, 'reviews')).toBe(3);

	// 4. After a reload the answers are still there and the due count has dropped by three.
	await page.reload();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	expect(await countRows(page, 'reviews')).toBe(3);
	expect(await dueTotal(page)).toBe(dueBefore - 3);
	await expect(page.getByText(/Last reviewed/)).toBeVisible();

	// 5. Undo brings back the card just answered, and its review row is gone.
	await page.getByRole('link', { name: /^Start/ }).tap();
	const face = page.locator('article.face');
	await expect(face).toBeVisible();
	const answeredCard = await face.textContent();
	await page.getByRole('button', { name: 'Show answer' }).tap();
	await page.getByRole('button', { name: /^Good/ }).tap();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
	expect(await countRows(page, 'reviews')).toBe(4);
	await page.keyboard.press('u');
	await expect(face).toHaveText(answeredCard ?? '');
	expect(await countRows(page, 'reviews')).toBe(3);

	// 6. Nothing left the origin at any point.
	expect(requests.offOrigin(baseURL!)).toEqual([]);
});
