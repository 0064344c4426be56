// The Python runtime is the largest part of the offline download. On a metered connection it waits
// for the first Python drill; anywhere, the user can choose, and a Python drill works offline once
// the runtime is stored either way.
import type { Page } from '@playwright/test';
import { codeSection } from './content';
import { typeCode } from './editor';
import { contentStored, expect, pythonStored, test } from './fixtures';

async function solvePython(page: Page, id: string) {
	await page.goto(`/practice/${id}`);
	await typeCode(page, codeSection(`content/python/${id}.md`, 'Solution'));
	await page.getByRole('button', { name: 'Check' }).tap();
	await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Correct' })).toBeVisible({ timeout: 60_000 });
}

test.describe('on a metered connection', () => {
	test.beforeEach(async ({ context }) => {
		// Chromium on Android reports Data Saver here; desktop Chromium says nothing, so say it for it.
		await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, type: 'cellular' } }));
	});

	test('the app is stored without Python, which is stored by the first Python drill and then runs offline', async ({ page, context, requests }) => {
		await page.goto('/');
		const status = page.getByTestId('offline-status');
		await expect(status).toContainText('Ready offline, except Python drills', { timeout: 60_000 });
		await expect(status).toContainText('they download when you first open one');
		await contentStored(page);
		expect(requests.urls.filter((url) => url.includes('/pyodide/')), 'no Python runtime fetched').toEqual([]);

		await solvePython(page, 'py-sort-leaderboard');
		await pythonStored(page);

		await context.setOffline(true);
		await page.goto('/');
		await expect(status).toHaveText('✓ Ready offline');
		await solvePython(page, 'py-sort-leaderboard');
	});

	test('offline before the first Python drill, the drill says how to get Python, and works once back online', async ({ page, context }) => {
		await page.goto('/');
		await expect(page.getByTestId('offline-status')).toContainText('Ready offline, except Python drills', { timeout: 60_000 });
		await contentStored(page);
		await context.setOffline(true);
		await page.goto('/practice/py-sort-leaderboard');
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect(page.getByText('Python is not on this device yet, and there is no connection')).toBeVisible({ timeout: 30_000 });

		await context.setOffline(false);
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Not yet' })).toBeVisible({ timeout: 60_000 });
	});

	test('Download now stores Python at once', async ({ page }) => {
		await page.goto('/');
		const status = page.getByTestId('offline-status');
		await expect(status).toContainText('Ready offline, except Python drills', { timeout: 60_000 });
		await status.getByRole('button', { name: 'Download now' }).tap();
		await expect(status).toHaveText('✓ Ready offline', { timeout: 60_000 });
		await pythonStored(page);
	});
});

test('a choice made in Settings holds on this device, whatever the connection', async ({ browser, baseURL }) => {
	// The choice is read when the app asks for Python, as soon as its worker is ready. To make it
	// before that on any machine, make it first with the worker held back, then open the app with
	// what this device stored (a new context carrying the same origin storage).
	const before = await browser.newContext({ baseURL, serviceWorkers: 'block' });
	const settings = await before.newPage();
	await settings.goto('/settings');
	const later = settings.getByRole('radio', { name: /When I first open a Python drill/ });
	await later.check();
	await settings.reload();
	await expect(later).toBeChecked();
	const stored = await before.storageState();
	await before.close();

	const device = await browser.newContext({ baseURL, storageState: stored });
	const fetched: string[] = [];
	device.on('request', (request) => void (request.url().includes('/pyodide/') && fetched.push(request.url())));
	const page = await device.newPage();
	await page.goto('/settings');
	await expect(page.getByRole('radio', { name: /When I first open a Python drill/ })).toBeChecked();
	const status = page.getByTestId('offline-status');
	await expect(status).toContainText('Ready offline, except Python drills', { timeout: 60_000 });
	await contentStored(page);
	expect(fetched, 'no Python runtime fetched').toEqual([]);

	await page.getByRole('radio', { name: 'Download with the app' }).check();
	await expect(status).toHaveText('✓ Ready offline', { timeout: 60_000 });
	await pythonStored(page);
	await device.close();
});
