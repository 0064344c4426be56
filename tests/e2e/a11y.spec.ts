// axe-core on every route and on the main states (a drill checked, the filter sheet open, a review
// answer shown), in light and in dark: no violation of WCAG 2.0 A/AA, 2.1 AA or axe's best practices.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ROUTES, editorReady, saveSet, typeCode } from './routes';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'];

/** Each violation as one readable line: the rule, then where (at most four elements) and why. */
async function violations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return violations.map((violation) => {
		const where = violation.nodes.slice(0, 4).map((node) => `${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? ''})`);
		return `${violation.id} ×${violation.nodes.length}: ${where.join('; ')}`;
	});
}

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe in ${colorScheme} mode`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme });
		});

		test('every route has no violation', async ({ installedApp: page }) => {
			test.setTimeout(240_000);
			// The app really is in this scheme: its background is the theme's, not the other one's.
			await expect(page.locator('body')).toHaveCSS('background-color', colorScheme === 'dark' ? 'rgb(20, 22, 26)' : 'rgb(246, 244, 238)');
			await saveSet(page);
			for (const route of ROUTES) {
				await page.goto(route.path);
				await route.ready(page);
				expect.soft(await violations(page), route.path).toEqual([]);
			}
		});

		test('the main states have no violation', async ({ installedApp: page }) => {
			test.setTimeout(180_000);
			// A review card with its answer shown.
			await page.goto('/review');
			await page.getByRole('button', { name: 'Show answer' }).tap();
			await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
			expect.soft(await violations(page), 'review, answer shown').toEqual([]);

			// The question bank's filter sheet.
			await page.goto('/practice');
			await page.getByRole('button', { name: /^Filters/ }).tap();
			await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible();
			expect.soft(await violations(page), 'practice, filter sheet open').toEqual([]);

			// A deck narrowed to one kind, with a row's menu open.
			await page.goto('/decks/modeling');
			await page.getByRole('checkbox', { name: /^Tables \d+$/ }).check();
			await page.getByTestId('deck-item').first().getByRole('button', { name: /^Actions for/ }).tap();
			await expect(page.getByRole('button', { name: /^Suspend/ })).toBeVisible();
			expect.soft(await violations(page), 'deck, row menu open').toEqual([]);

			// A SQL drill checked: a wrong answer (expected beside yours), then the right one.
			await page.goto('/practice/sqla-ads-click-fact-dedup');
			await editorReady(page);
			await typeCode(page, 'SELECT click_id, click_id, 0 FROM clicks ORDER BY click_id;');
			await page.getByRole('button', { name: 'Check' }).tap();
			await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Not yet' })).toBeVisible();
			expect.soft(await violations(page), 'SQL drill, checked wrong').toEqual([]);
			await page.screenshot({ path: test.info().outputPath(`sql-drill-checked-${colorScheme}.png`), fullPage: true });

			// A Python drill checked: the failing tests and their output.
			await page.goto('/practice/py-sort-leaderboard');
			await editorReady(page);
			await page.getByRole('button', { name: 'Check' }).tap();
			await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Not yet' })).toBeVisible({ timeout: 60_000 });
			expect.soft(await violations(page), 'Python drill, checked wrong').toEqual([]);

			// The playground with a result table.
			await page.goto('/playground');
			await editorReady(page);
			await typeCode(page, 'SELECT 40 + 2 AS answer');
			await page.getByRole('button', { name: 'Run', exact: true }).tap();
			await expect(page.getByRole('cell', { name: '42' })).toBeVisible();
			expect.soft(await violations(page), 'playground, result shown').toEqual([]);
			await page.screenshot({ path: test.info().outputPath(`playground-${colorScheme}.png`) });
			// The same on a laptop, for the eye (the axe run above is the check).
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.screenshot({ path: test.info().outputPath(`playground-laptop-${colorScheme}.png`) });
		});
	});
}

test('keyboard focus is never hidden under the tab bar', async ({ installedApp: page }) => {
	// A long page of links and buttons, walked with Tab from the top as a keyboard user would.
	await page.goto('/decks/sql');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const tabBar = page.getByRole('navigation', { name: 'Main' });
	const barTop = (await tabBar.boundingBox())!.y;
	let checked = 0;
	for (let i = 0; i < 40; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => {
			const el = document.activeElement;
			if (!el || el === document.body || el.closest('nav[aria-label="Main"]')) return null;
			const rect = el.getBoundingClientRect();
			return { what: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}`, bottom: rect.bottom };
		});
		if (!focused) continue;
		checked++;
		expect(focused.bottom, `${focused.what} ends under the tab bar`).toBeLessThanOrEqual(barTop);
	}
	// Enough of the page was walked to go past the first screen.
	expect(checked).toBeGreaterThan(20);
});
