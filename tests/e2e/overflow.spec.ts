// No screen scrolls sideways on a small phone: at 320 and 360 px wide, every route (a drill, a design
// scenario, the playground included) and the states that add wide content are no wider than the
// screen. Wide tables and code scroll inside their own boxes instead.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ROUTES, editorReady, saveSet, typeCode } from './routes';

/**
 * The page's width beside the screen's, and the widest element past the right edge. The screen is
 * documentElement.clientWidth, not innerWidth: a mobile browser widens its layout viewport (and
 * innerWidth with it) to fit a page that is too wide, which would hide the very overflow measured.
 */
function overflow(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		let culprit = '';
		let right = width;
		for (const el of document.querySelectorAll('body *')) {
			const rect = el.getBoundingClientRect();
			if (rect.right > right + 0.5 && getComputedStyle(el).position !== 'fixed') {
				right = rect.right;
				culprit = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(rect.right)} px)`;
			}
		}
		return { scrollWidth: document.documentElement.scrollWidth, screen: width, culprit };
	});
}

async function expectFits(page: Page, width: number, label: string) {
	const measured = await overflow(page);
	expect.soft(measured.screen, 'the screen is the width set').toBe(width);
	expect.soft(measured.scrollWidth, `${label} at ${width} px is wider than the screen: ${measured.culprit}`).toBeLessThanOrEqual(width);
}

for (const width of [320, 360]) {
	test(`every route fits a ${width} px screen`, async ({ installedApp: page }) => {
		test.setTimeout(240_000);
		await page.setViewportSize({ width, height: 740 });
		await saveSet(page);
		for (const route of ROUTES) {
			await page.goto(route.path);
			await route.ready(page);
			await expectFits(page, width, route.path);
		}

		// States that add wide content: a checked drill's two tables, a playground result, a long dataset name.
		await page.goto('/practice/sqla-ads-click-fact-dedup');
		await editorReady(page);
		await typeCode(page, 'SELECT click_id, click_id, 0 FROM clicks ORDER BY click_id;');
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Not yet' })).toBeVisible();
		await expectFits(page, width, 'a SQL drill checked wrong');

		await page.goto('/playground');
		await editorReady(page);
		const dataset = page.getByLabel('Dataset');
		const longest = await dataset.evaluate((select: HTMLSelectElement) =>
			[...select.options].reduce((a, b) => (b.text.length > a.text.length ? b : a)).value
		);
		await dataset.selectOption(longest);
		await typeCode(page, "SELECT 'a fairly long text value that no phone can show on one line' AS a, 2 AS b, 3 AS c, 4 AS d, 5 AS e");
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('cell', { name: '5', exact: true })).toBeVisible();
		await expectFits(page, width, 'the playground with its longest dataset and a wide result');
		// The tab bar stays on the screen, every tab inside it.
		const lastTab = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' });
		expect((await lastTab.boundingBox())!.x + (await lastTab.boundingBox())!.width).toBeLessThanOrEqual(width);
	});
}
