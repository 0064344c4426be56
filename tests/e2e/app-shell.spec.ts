import { dueTotal, expect, test } from './fixtures';

test('every route renders after a hard reload while offline', async ({ installedApp: page, context }) => {
	await context.setOffline(true);
	for (const [path, heading] of [
		['/', 'Today'],
		['/decks', 'Decks'],
		['/decks/modeling', 'Data modeling'],
		['/settings', 'Settings'],
		['/design', 'Design'],
		['/design/music-royalties', 'Listening history and pool-model royalties'],
		['/practice', 'Practice'],
		['/practice?kind=table', 'Practice'],
		['/stats', 'Stats'],
		['/mine', 'My cards'],
		['/playground', 'Playground'],
		['/no-such-page', 'Nothing here']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
	}
	await page.goto('/review');
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
});

test('the web app manifest is complete and installable', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
	expect(manifest).toMatchObject({
		id: '/',
		name: expect.any(String),
		short_name: 'Rehearse',
		description: expect.any(String),
		start_url: '/',
		scope: '/',
		display: 'standalone',
		theme_color: expect.stringMatching(/^#/),
		background_color: expect.stringMatching(/^#/)
	});
	// Not locked to portrait: the installed app turns with the device.
	expect(manifest).not.toHaveProperty('orientation');
	const icons = manifest.icons as { sizes: string; purpose: string; src: string }[];
	for (const size of ['192x192', '512x512']) {
		expect(icons.some((icon) => icon.sizes === size && icon.purpose === 'any')).toBe(true);
		expect(icons.some((icon) => icon.sizes === size && icon.purpose === 'maskable')).toBe(true);
	}
	for (const icon of icons) expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
	const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	expect((await request.get(new URL(touchIcon!, page.url()).href)).ok()).toBe(true);
});

test('suspending an item takes its cards out of today, and unsuspending brings them back', async ({ installedApp: page }) => {
	// With no daily new-card limit in the way, today's queue holds one card per item (siblings wait).
	await page.goto('/settings');
	await page.getByLabel('New cards per day').fill('999');
	await page.getByLabel('New cards per day').blur();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	await page.goto('/');
	const before = await dueTotal(page);

	// Suspend and Unsuspend live in each row's menu (tests/e2e/decks.spec.ts covers the menu itself).
	const item = page.getByTestId('deck-item').filter({ hasText: 'The five-phase data-modeling interview' });
	const openDeck = async () => {
		await page.goto('/decks/modeling');
		await page.getByRole('searchbox', { name: 'Filter this deck by title' }).fill('five-phase');
	};
	await openDeck();
	await item.getByRole('button', { name: /^Actions for/ }).tap();
	await item.getByRole('button', { name: /^Suspend/ }).tap();
	await expect(item).toContainText('suspended');

	await page.goto('/decks');
	await expect(page.getByRole('link', { name: /Data modeling/ })).toContainText('6 suspended');
	await page.goto('/');
	expect(await dueTotal(page)).toBe(before - 1);

	await openDeck();
	await item.getByRole('button', { name: /^Actions for/ }).tap();
	await item.getByRole('button', { name: /^Unsuspend/ }).tap();
	await expect(item).not.toContainText('suspended');
	await page.goto('/');
	expect(await dueTotal(page)).toBe(before);
});

test('settings are validated, saved and kept across reloads', async ({ installedApp: page }) => {
	await page.goto('/settings');
	const newPerDay = page.getByLabel('New cards per day');
	await newPerDay.fill('5');
	await newPerDay.blur();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

	const retention = page.getByLabel('Desired retention');
	await retention.fill('1.5');
	await retention.blur();
	await expect(page.getByText('Enter a number from 0.7 to 0.99.')).toBeVisible();

	await page.reload();
	await expect(page.getByLabel('New cards per day')).toHaveValue('5');
	await expect(page.getByLabel('Desired retention')).toHaveValue('0.9');
	await expect(page.getByTestId('persistence')).not.toHaveText('Checking…');

	await page.goto('/');
	await expect(page.getByTestId('due-total')).toContainText('5');
});
