// The drill screen on a phone and on a laptop: the verdict comes into view above the tab bar, a
// failed query's line is marked in the editor, the timer runs against the target (paused while the
// page is hidden), a solved bank drill leads on and offers to schedule itself, and a laptop gets
// two columns, a tall editor and a visible focus ring with a way out of Tab.
import type { Locator, Page } from '@playwright/test';
import { codeSection, frontMatter } from './content';
import { countRows, expect, pageNow, test } from './fixtures';
import { typeCode } from './editor';

const DRILL = 'sqla-ads-click-fact-dedup';
const DRILL_FILE = `content/sql/${DRILL}.md`;

/** True when `locator` is fully on screen and above the fixed tab bar. */
async function clearOfTabBar(page: Page, locator: Locator): Promise<boolean> {
	const box = await locator.boundingBox();
	const bar = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
	if (!box || !bar) return false;
	return box.y >= 0 && box.y + box.height <= bar.y + 1;
}

/** The timer's seconds, from its "m:ss" text. */
async function timerSeconds(page: Page): Promise<number> {
	const text = (await page.getByRole('timer', { name: 'Time on this drill' }).textContent()) ?? '';
	const [minutes, seconds] = text.trim().split(':').map(Number);
	return minutes * 60 + seconds;
}

async function setPageHidden(page: Page, hidden: boolean) {
	await page.evaluate((value) => {
		Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (value ? 'hidden' : 'visible') });
		document.dispatchEvent(new Event('visibilitychange'));
	}, hidden);
}

test.describe('the drill screen on a phone', () => {
	test('marks the failing line on both engines, scrolls the verdict above the tab bar and clears it on the next run', async ({ installedApp: page }) => {
		await page.goto(`/practice/${DRILL}`);
		const schema = page.locator('details.schema > summary');
		await expect(schema).toHaveText(/Schema · \d+ tables/);
		// The disclosure triangle is back (a flex summary drops the browser's own).
		expect(await schema.evaluate((el) => getComputedStyle(el, '::before').borderInlineStartWidth)).toBe('7px');

		// PostgreSQL first (the default): the misspelt column is on line 2.
		await typeCode(page, 'SELECT click_id,\n       clikced_at\nFROM clicks;');
		await page.getByRole('button', { name: 'Check' }).tap();
		const verdict = page.getByTestId('verdict');
		await expect(verdict).toContainText(/failed on line 2: column "clikced_at" does not exist/);
		await expect.poll(() => clearOfTabBar(page, verdict.getByRole('heading', { name: 'Not yet' }))).toBe(true);
		await expect(page.locator('.cm-line').nth(1)).toHaveClass(/cm-error-line/);
		await expect(page.locator('.cm-error-line')).toHaveCount(1);

		// A new run starts clean: the old verdict goes, and the error of this one shows instead.
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(verdict).toBeHidden();
		await expect(page.getByRole('alert')).toHaveText(/^Line 2: column "clikced_at" does not exist/);

		// Editing the code clears the mark: the user is fixing it.
		await page.locator('.cm-line').nth(1).click();
		await page.keyboard.type(' ');
		await expect(page.locator('.cm-error-line')).toHaveCount(0);

		// SQLite says only which statement failed; the column it names finds the line.
		await page.getByRole('radio', { name: 'SQLite' }).check();
		await typeCode(page, 'SELECT click_id,\n       clikced_at\nFROM clicks;');
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('alert')).toHaveText(/^Line 2: no such column: clikced_at/);
		await expect(page.locator('.cm-line').nth(1)).toHaveClass(/cm-error-line/);

		// A division by zero names no token: the message says the line is where the statement starts.
		await typeCode(page, 'SELECT 1;\nSELECT\n  1 / 0 AS x,\n  abs(-9223372036854775808) FROM clicks;');
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('alert')).toHaveText(/^In the statement starting on line 2: integer overflow/);
	});

	test('times the drill against its target, paused while the page is hidden', async ({ installedApp: page }) => {
		const target = frontMatter<{ targetSeconds?: number }>(DRILL_FILE).targetSeconds ?? 300;
		await page.goto(`/practice/${DRILL}`);
		const timer = page.getByTestId('drill-timer');
		await expect(timer).toContainText(`of ${Math.floor(target / 60)}:${String(target % 60).padStart(2, '0')} target`);
		// The pinned clock stops here, so only the time the test moves on counts.
		await page.clock.pauseAt((await pageNow(page)) + 1000);
		const before = await timerSeconds(page);
		await page.clock.runFor(65_000);
		await expect.poll(() => timerSeconds(page)).toBe(before + 65);

		await setPageHidden(page, true);
		await page.clock.runFor(10 * 60_000);
		await setPageHidden(page, false);
		await page.clock.runFor(5_000);
		await expect.poll(() => timerSeconds(page)).toBe(before + 70);

		// Past the target it says so, and keeps counting: a guide, not a countdown.
		await page.clock.runFor(target * 1000);
		await expect(timer).toContainText('past the');
	});

	test('keeps rare actions in a menu, and after Correct offers the next question and to schedule the drill', async ({ installedApp: page }) => {
		await page.goto(`/practice/${DRILL}`);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const duplicate = page.getByRole('link', { name: 'Duplicate into my cards' });
		await expect(duplicate).toBeHidden();
		await page.getByRole('button', { name: 'More actions for this item' }).tap();
		await expect(duplicate).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(duplicate).toBeHidden();

		await typeCode(page, codeSection(DRILL_FILE, 'Solution', 'postgres'));
		await page.getByRole('button', { name: 'Check' }).tap();
		const verdict = page.getByTestId('verdict');
		await expect(verdict.getByRole('heading', { name: 'Correct' })).toBeVisible();
		await expect(page.getByTestId('drill-timer')).toContainText('stopped');

		const offer = page.getByTestId('schedule-offer');
		await expect(offer.getByRole('heading', { name: 'Add it to your reviews?' })).toBeVisible();
		expect(await countRows(page, 'reviews')).toBe(0);
		await offer.getByRole('button', { name: /^Good/ }).tap();
		await expect(offer.getByRole('status')).toHaveText(/In your reviews\. It comes back in \d+[mhd]\./);
		expect(await countRows(page, 'reviews')).toBe(1);

		const next = page.getByRole('link', { name: 'Next question' });
		const href = await next.getAttribute('href');
		expect(href).toMatch(/^\/practice\/[^/?]+$/);
		expect(href).not.toBe(`/practice/${DRILL}`);
		await next.tap();
		await expect(page).toHaveURL(href!);
		await expect(page.locator('.cm-content')).toBeVisible();
		await expect(page.getByTestId('verdict')).toBeHidden();
	});
});

test.describe('the drill screen on a laptop', () => {
	test.use({ viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false });

	test('puts the brief left of the editor, drops the symbol bar, and shows the editor’s focus ring and its way out of Tab', async ({ installedApp: page }) => {
		await page.goto(`/practice/${DRILL}`);
		const prompt = page.locator('.drill .prompt');
		const editor = page.locator('.drill .host');
		await expect(page.locator('.cm-content')).toBeVisible();
		const [promptBox, editorBox] = [await prompt.boundingBox(), await editor.boundingBox()];
		expect(promptBox!.x + promptBox!.width).toBeLessThanOrEqual(editorBox!.x);
		expect(editorBox!.height).toBeGreaterThan(300);
		await expect(page.getByRole('toolbar', { name: 'Insert a symbol' })).toBeHidden();
		await expect(page.getByText('leaves the editor')).toBeVisible();

		// Keyboard only: into the editor, Tab indents, then Esc and Tab move on to Run.
		await page.locator('.cm-content').focus();
		expect(await editor.evaluate((el) => `${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`)).toBe('solid 3px');
		await page.keyboard.press('Tab');
		await expect(page.locator('.cm-content')).toBeFocused();
		await page.keyboard.press('Escape');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeFocused();

		// The verdict, in the right column, comes into view above the tab bar.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Check' })).toBeFocused();
		await page.keyboard.press('Enter');
		const heading = page.getByTestId('verdict').getByRole('heading', { name: 'Not yet' });
		await expect(heading).toBeVisible();
		await expect.poll(() => clearOfTabBar(page, heading)).toBe(true);
	});

	test('never leaves the focused element under the tab bar', async ({ installedApp: page }) => {
		await page.goto(`/practice/${DRILL}`);
		await expect(page.locator('.cm-content')).toBeVisible();
		await page.setViewportSize({ width: 1280, height: 460 });
		await page.evaluate(() => window.scrollTo(0, 0));
		const check = page.getByRole('button', { name: 'Check' });
		await check.focus();
		await page.evaluate(() => window.scrollTo(0, 0));
		// At the top of the page the button is under the tab bar or below it: moving focus must bring it out.
		expect(await clearOfTabBar(page, check)).toBe(false);
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Tab');
		await expect(check).toBeFocused();
		await expect.poll(() => clearOfTabBar(page, check)).toBe(true);
	});
});

test.describe('Python’s first load', () => {
	test.use({ serviceWorkers: 'block' });

	test('shows a determinate bar with the bytes downloaded of the total', async ({ page, context }) => {
		// The wasm is held back until the bar has been seen part-way, so the test does not race the download.
		let release: () => void = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await context.route('**/pyodide/pyodide.asm.wasm', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/practice/py-sort-leaderboard');
		const status = page.getByTestId('load-status');
		await expect(status).toContainText(/Downloading Python for offline use: \d+\.\d of 12\.\d MB/, { timeout: 60_000 });
		const bar = status.getByRole('progressbar');
		const [value, max] = [Number(await bar.getAttribute('value')), Number(await bar.getAttribute('max'))];
		expect(max).toBeGreaterThan(12_000_000);
		expect(value).toBeGreaterThan(0);
		expect(value).toBeLessThan(max);
		release();
		await expect(status).toBeHidden({ timeout: 60_000 });
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Not yet' })).toBeVisible({ timeout: 30_000 });
	});
});
