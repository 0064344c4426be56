// Durability: an answer survives the browser being closed at once; a wiped history is noticed (the
// marker in Cache Storage outlives IndexedDB); a database that cannot open boots into recovery.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countRows, DAY_MS, expect, FIXED_NOW, skipOnboarding, test, watchCspViolations } from './fixtures';

/** Answers the first card of today's queue with Good, and waits until the next card shows. */
async function answerOneCard(page: Page): Promise<void> {
	await page.getByRole('link', { name: /^Start/ }).tap();
	await page.getByRole('button', { name: 'Show answer' }).tap();
	await page.getByRole('button', { name: /^Good/ }).tap();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
}

test('an answer is kept when the browser is closed at once and relaunched', async ({ baseURL }, testInfo) => {
	const { launchOptions, viewport, isMobile, hasTouch } = testInfo.project.use;
	const profile = await mkdtemp(join(tmpdir(), 'rehearse-profile-'));
	const launch = async (): Promise<{ context: BrowserContext; violations: string[] }> => {
		const context = await chromium.launchPersistentContext(profile, {
			executablePath: launchOptions?.executablePath,
			args: launchOptions?.args,
			viewport,
			isMobile,
			hasTouch,
			baseURL,
			serviceWorkers: 'allow'
		});
		await skipOnboarding(context);
		return { context, violations: await watchCspViolations(context) };
	};
	try {
		const first = await launch();
		const page = first.context.pages()[0] ?? (await first.context.newPage());
		await page.goto('/');
		await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
		await answerOneCard(page);
		// The next card is on screen: the app has reported the answer saved. Close right away, with
		// no navigation or unload first.
		await first.context.close();
		expect(first.violations).toEqual([]);

		const second = await launch();
		const again = second.context.pages()[0] ?? (await second.context.newPage());
		await again.goto('/');
		await expect(again.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
		expect(await countRows(again, 'reviews')).toBe(1);
		await expect(again.getByText(/Last reviewed/)).toBeVisible();
		await second.context.close();
		expect(second.violations).toEqual([]);
	} finally {
		await rm(profile, { recursive: true, force: true });
	}
});

test('a history wiped from IndexedDB is noticed on Today, and "Start fresh" dismisses it', async ({
	installedApp: page,
	baseURL
}) => {
	const notice = page.getByRole('alert').filter({ hasText: 'Your study history is missing from this browser' });
	await expect(notice).toHaveCount(0);
	await answerOneCard(page);
	// The first answer of the session writes the marker.
	await expect
		.poll(() =>
			page.evaluate(async () => {
				const response = await (await caches.open('rehearse-marker')).match('/__rehearse/history-marker.json');
				return response ? ((await response.json()) as { reviewCount: number }).reviewCount : 0;
			})
		)
		.toBe(1);

	// Clear IndexedDB only, as the browser does when it evicts or the user clears part of site data.
	await page.goto('/');
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseURL!).origin, storageTypes: 'indexeddb' });
	await page.reload();

	await expect(notice).toBeVisible();
	await expect(notice.getByRole('heading', { name: 'Your study history is missing from this browser' })).toBeVisible();
	await expect(notice.getByRole('link', { name: 'Import a backup' })).toHaveAttribute('href', '/settings#backup');
	await page.screenshot({ path: test.info().outputPath('wipe-notice-360.png'), fullPage: true });

	await notice.getByRole('button', { name: 'Start fresh' }).tap();
	await expect(notice).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	await expect(page.getByTestId('due-total')).toBeVisible();
	await expect(notice).toHaveCount(0);
});

/** Before the app loads, leaves a damaged 'rehearse' database: its items store keyed on the wrong field. */
const DAMAGE_DATABASE = () => {
	const open = indexedDB.open('rehearse', 1);
	open.onupgradeneeded = () => {
		open.result.createObjectStore('items', { keyPath: 'key' }).put({ key: 'left-over', note: 'readable' });
	};
	open.onsuccess = () => open.result.close();
	// A database already at a later version (after a restore) answers VersionError: leave it be.
	open.onerror = (event) => event.preventDefault();
};

test('a database that cannot open boots into the recovery screen, which saves what it can read', async ({ page }) => {
	await page.addInitScript(DAMAGE_DATABASE);
	await page.goto('/');
	const screen = page.getByTestId('recovery-screen');
	await expect(screen.getByRole('heading', { name: 'Rehearse cannot open your saved data' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Start again from a backup' })).toBeVisible();
	await page.screenshot({ path: test.info().outputPath('recovery-360.png'), fullPage: true });

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a copy' }).tap();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^rehearse-rescue-\d{4}-\d\d-\d\d\.json$/);
	const dump = JSON.parse(await readFile((await file.path())!, 'utf8'));
	expect(dump).toMatchObject({ format: 'rehearse-rescue', stores: { items: [{ key: 'left-over', note: 'readable' }] } });
	await expect(page.getByRole('status')).toHaveText(/Saved a copy of 1 stored row/);

	// A file that is not a backup is refused before anything is deleted: the damaged data stays.
	await page.getByLabel('Backup file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":') });
	await page.getByRole('button', { name: 'Delete and restore' }).tap();
	await expect(page.getByRole('alert').filter({ hasText: /JSON|backup/i }).last()).toBeVisible();
	const again = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save a copy' }).tap();
	const kept = JSON.parse(await readFile((await (await again).path())!, 'utf8'));
	expect(kept.stores.items).toEqual([{ key: 'left-over', note: 'readable' }]);
});

test('the recovery screen replaces the damaged database with a backup, after a confirm', async ({ page }) => {
	await page.addInitScript(DAMAGE_DATABASE);
	await page.goto('/');
	await expect(page.getByTestId('recovery-screen')).toBeVisible();

	const at = FIXED_NOW - 2 * DAY_MS;
	const card = {
		id: 'behavioural-day-after::main',
		itemId: 'behavioural-day-after',
		variant: 'main',
		deck: 'behavioural',
		phase: 'review',
		due: at + 3 * 86_400_000,
		stability: 3.2,
		difficulty: 5.1,
		elapsedDays: 0,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 1,
		lapses: 0,
		lastReview: at,
		suspended: 0,
		archived: 0,
		createdAt: at - 1000
	};
	const review = {
		id: 'restored-review-1',
		cardId: card.id,
		itemId: card.itemId,
		grade: 4,
		reviewedAt: at,
		phaseBefore: 'new',
		durationMs: 4200,
		score: null,
		mode: 'reveal'
	};
	const backup = {
		format: 'rehearse-backup',
		version: 2,
		exportedAt: at + 1000,
		app: { contentHash: 'any', appVersion: '0.1.0' },
		data: { reviews: [review], cards: [card], attempts: [], userItems: [], sets: [], settings: {}, interviews: [], drafts: [], designProgress: {} }
	};
	await page.getByLabel('Backup file').setInputFiles({
		name: 'rehearse-backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await expect(page.getByText('Delete the stored data and restore “rehearse-backup.json”?')).toBeVisible();
	await page.getByRole('button', { name: 'Delete and restore' }).tap();

	// The app reloads into a working Today, with the backup's review. (The init script's damage only
	// applies to a database that does not exist yet, so it leaves the restored one alone.)
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
	expect(await countRows(page, 'reviews')).toBe(1);
	await expect(page.getByText(/Last reviewed/)).toBeVisible();
});
