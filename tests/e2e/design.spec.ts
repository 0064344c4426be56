import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The diagram's zoom level as shown beside its buttons ("38%"). */
async function scale(page: Page): Promise<number> {
	return Number(((await page.getByTestId('diagram-scale').textContent()) ?? '').replace('%', ''));
}

/** The queries run that IndexedDB holds for a scenario (the page saves them shortly after a run). */
function storedQueriesRun(page: Page, slug: string): Promise<string[]> {
	return page.evaluate(
		(key) =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const read = open.result.transaction('meta', 'readonly').objectStore('meta').get(key);
					read.onsuccess = () => (open.result.close(), resolve(read.result?.value?.queriesRun ?? []));
					read.onerror = () => reject(read.error);
				};
			}),
		`design:${slug}`
	);
}

type Finger = { x: number; y: number; id: number };

/**
 * Real touches, sent through the DevTools protocol (Playwright has no multi-touch API): Chromium
 * turns them into the pointer events the diagram reads. `frames` are the fingers at each step.
 */
async function touch(page: Page, frames: Finger[][]) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: frames[0] });
	for (const fingers of frames.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

async function centre(target: Locator) {
	// Touches land where they are sent: the frame must be on screen, clear of the bottom nav.
	await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
	const box = (await target.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Two fingers spreading from 40 px apart to 160 px apart. */
async function pinchOut(page: Page, target: Locator) {
	const c = await centre(target);
	const spreads = [20, 30, 40, 50, 60, 70, 80];
	await touch(page, spreads.map((s) => [{ x: c.x - s, y: c.y, id: 1 }, { x: c.x + s, y: c.y, id: 2 }]));
}

/** One finger dragging 80 px left and 40 px up. */
async function drag(page: Page, target: Locator) {
	const c = await centre(target);
	await touch(page, [0, 1, 2, 3, 4].map((i) => [{ x: c.x - i * 20, y: c.y - i * 10, id: 1 }]));
}

test.describe('design workspace, offline after install', () => {
	test.beforeEach(async ({ installedApp: page, context }) => {
		await context.setOffline(true);
		void page;
	});

	test.afterEach(async ({ requests, baseURL }) => {
		expect(requests.offOrigin(baseURL!)).toEqual([]);
	});

	test('opens a scenario, zooms the diagram, opens a table, runs a query and breaks a safeguard', async ({ installedApp: page }) => {
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Design' }).tap();
		await expect(page.getByRole('heading', { name: 'Design', exact: true })).toBeVisible();
		await expect(page.locator('.scenarios > li')).toHaveCount(12);
		await page.getByRole('link', { name: 'Double-entry payments ledger' }).tap();
		await expect(page.getByRole('heading', { level: 1, name: 'Double-entry payments ledger' })).toBeVisible();

		// Zoom: the button, then a two-finger pinch, each makes the diagram bigger.
		const diagram = page.getByRole('application', { name: /ER diagram/ });
		await expect(page.getByTestId('er-diagram')).toBeVisible();
		const fitted = await scale(page);
		await page.getByRole('button', { name: 'Zoom in' }).tap();
		await expect.poll(() => scale(page)).toBeGreaterThan(fitted);
		const zoomed = await scale(page);
		await pinchOut(page, diagram);
		await expect.poll(() => scale(page)).toBeGreaterThan(zoomed);
		await page.getByRole('button', { name: 'Reset' }).tap();
		await expect.poll(() => scale(page)).toBe(fitted);
		await page.screenshot({ path: 'test-results/design-diagram.png' });

		// Tap a table: its columns and first rows.
		await page.locator('[data-table="dim_merchant"]').tap();
		const panel = page.getByTestId('table-panel');
		await expect(panel.getByRole('heading', { name: 'dim_merchant' })).toBeVisible();
		await expect(panel.getByRole('table', { name: 'Sample rows' }).getByRole('cell', { name: 'Juniper Ceramics' })).toBeVisible();
		await panel.screenshot({ path: 'test-results/design-table-panel.png' });

		// Run a stakeholder query: its result matches the authored output.
		const query = page.getByTestId('query-merchant-balances');
		await query.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(query.getByText('✓ Matches expected')).toBeVisible();
		await expect(query.getByRole('table', { name: 'Result' }).getByRole('cell', { name: '57.21' })).toBeVisible();
		await query.screenshot({ path: 'test-results/design-query.png' });

		// Break it: without UNIQUE(source_event_id) the retried webhook doubles what merchant 7 is owed.
		const breakIt = page.getByTestId('break-drop-unique-source-event');
		await breakIt.scrollIntoViewIfNeeded();
		await expect(breakIt.getByRole('table', { name: 'With the safeguard' }).getByRole('cell', { name: '57.21' })).toBeVisible();
		await breakIt.getByRole('switch').tap();
		await expect(breakIt.getByRole('switch')).toHaveAttribute('aria-checked', 'true');
		await expect(breakIt.getByRole('table', { name: 'Without it' }).getByRole('cell', { name: '115.17' })).toBeVisible();
		await breakIt.screenshot({ path: 'test-results/design-break-it.png' });
		// Wide result tables scroll inside their boxes; the page itself never scrolls sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		const card = (await breakIt.boundingBox())!;
		expect(card.x + card.width).toBeLessThanOrEqual(360);

		// The worked example's numbers come out of the rows.
		const worked = page.getByTestId('worked-example');
		await worked.getByRole('button', { name: 'Run the numbers' }).tap();
		await expect(worked.getByText('✓')).toHaveCount(5);

		// The query run is kept: once it is stored, the list shows it after a reload.
		await expect.poll(() => storedQueriesRun(page, 'payments-ledger')).toContain('merchant-balances');
		await page.goto('/design');
		const entry = page.locator('.scenarios > li', { hasText: 'Double-entry payments ledger' });
		await expect(entry.getByTestId('progress')).toContainText(/1\/4\s*queries run/);
		await page.screenshot({ path: 'test-results/design-list.png' });
	});

	test('pans with one finger and opens a table from the keyboard', async ({ installedApp: page }) => {
		await page.goto('/design/ride-share-trips');
		const diagram = page.getByRole('application', { name: /ER diagram/ });
		await page.getByRole('button', { name: 'Zoom in' }).tap();
		await page.getByRole('button', { name: 'Zoom in' }).tap();
		const before = await page.getByTestId('er-diagram').getAttribute('viewBox');
		await drag(page, diagram);
		await expect(page.getByTestId('er-diagram')).not.toHaveAttribute('viewBox', before!);

		await page.locator('[data-table]').first().focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('table-panel').getByRole('table', { name: 'Sample rows' })).toBeVisible();
	});

	test('opens the diagram at a readable zoom, one column of tables across a phone', async ({ installedApp: page }) => {
		await page.goto('/design/ride-share-trips');
		await expect(page.getByTestId('er-diagram')).toBeVisible();
		const frame = (await page.getByRole('application', { name: /ER diagram/ }).boundingBox())!;
		const boxes = page.locator('[data-table] rect.box');
		// The first table sits across the frame, edge to edge within it, its text at a size one can read.
		const first = (await boxes.first().boundingBox())!;
		expect(first.x).toBeGreaterThanOrEqual(frame.x);
		expect(first.x + first.width).toBeLessThanOrEqual(frame.x + frame.width);
		expect(first.width).toBeGreaterThan(frame.width * 0.6);
		const name = (await page.locator('[data-table] text.name').first().boundingBox())!;
		expect(name.height).toBeGreaterThanOrEqual(12);
		// The next column of tables starts past the frame's right edge: one column, not the whole diagram shrunk.
		const facts = (await page.locator('[data-table].fact rect.box').first().boundingBox())!;
		expect(facts.x).toBeGreaterThanOrEqual(frame.x + frame.width);
		// Show all still gives the whole picture, smaller; Reset comes back.
		const opening = await scale(page);
		await page.getByRole('button', { name: 'Show all' }).tap();
		await expect.poll(() => scale(page)).toBeLessThan(opening);
		await page.getByRole('button', { name: 'Reset' }).tap();
		await expect.poll(() => scale(page)).toBe(opening);
	});
});
