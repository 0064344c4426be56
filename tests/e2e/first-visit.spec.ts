// A first visit draws Today from the first slice of the content and stores the rest in the
// background; screens that list the whole bank say how far it has got and open when it is in.
import type { Page } from '@playwright/test';
import { contentStored, expect, test } from './fixtures';

/** Holds back the bank's second slice until the returned function lets it through. */
async function holdSecondSlice(page: Page): Promise<() => void> {
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/content\/items\.[0-9a-f]+\.1\.json$/, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('Today draws before the whole bank is stored; the bank waits for it, then opens complete', async ({ page }) => {
	const release = await holdSecondSlice(page);

	await page.goto('/');
	await expect(page.getByTestId('due-total')).toBeVisible();
	await expect(page.getByTestId('due-total')).toContainText('new');

	await page.getByRole('link', { name: 'Practice', exact: true }).tap();
	await expect(page.getByRole('heading', { name: 'Getting the question bank ready' })).toBeVisible();
	await expect(page.getByText(/^40 of \d+ questions stored on this device\.$/)).toBeVisible();

	release();
	await expect(page.getByTestId('result-count')).toHaveText(/^\d{3,} questions/);
	await contentStored(page);
	await page.screenshot({ path: test.info().outputPath('first-visit-bank.png') });

	// The offline download started once Today was up; when the worker has stored everything, Today says so.
	await page.getByRole('link', { name: 'Today', exact: true }).tap();
	await expect(page.getByTestId('offline-status')).toHaveText('✓ Ready offline', { timeout: 60_000 });
});

test('Start tapped before the whole bank is stored shows its progress, then opens the review', async ({ page }) => {
	const release = await holdSecondSlice(page);

	await page.goto('/');
	await expect(page.getByTestId('due-total')).toContainText('new');
	await page.getByRole('link', { name: /^Start/ }).tap();
	// The review's loader waits for the bank; the wait is shown, not a Today that ignores the tap.
	await expect(page.getByRole('heading', { name: 'Getting the question bank ready' })).toBeVisible();

	// The rest lands while the review is on its way: Today must not reload over that navigation.
	release();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible({ timeout: 30_000 });
	await expect(page).toHaveURL(/\/review$/);
});

test.describe('a first run', () => {
	test.use({ onboarded: false });

	test('draws onboarding without waiting for any of the bank, then stores the bank', async ({ page }) => {
		const asked: string[] = [];
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/content\/items\.[0-9a-f]+\.\d+\.json$/, async (route) => {
			asked.push(new URL(route.request().url()).pathname);
			await held;
			await route.continue();
		});

		await page.goto('/');
		const onboarding = page.getByTestId('onboarding');
		await expect(onboarding.getByRole('heading', { name: 'Set up in a minute' })).toBeVisible();
		// Drawn with every slice held back: onboarding waited for none of them.
		await expect(onboarding.getByRole('checkbox', { name: /SQL live coding/ })).toBeVisible();

		release();
		await contentStored(page);
		expect(asked.length).toBeGreaterThan(1);
		// Restoring a backup is still offered, its import loaded when opened.
		await onboarding.getByText('Used Rehearse before? Restore a backup').tap();
		await expect(onboarding.getByText('Choose a backup file')).toBeVisible();
	});
});

test("a drill's link opened on a first visit draws the drill from its own slice, before the bank is stored", async ({ page }) => {
	// The first slice asked for is the drill's own; every other waits until released.
	let first: string | null = null;
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/content\/items\.[0-9a-f]+\.\d+\.json$/, async (route) => {
		const url = route.request().url();
		first ??= url;
		if (url !== first) await held;
		await route.continue();
	});

	await page.goto('/practice/sqla-ads-click-fact-dedup');
	await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Getting the question bank ready' })).toHaveCount(0);

	release();
	await contentStored(page);
	await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeVisible();
});
