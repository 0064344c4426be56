import { codeSection } from './content';
import { expect, test } from './fixtures';
import { typeCode } from './editor';

test.describe('hands-on drills, offline after install', () => {
	test.beforeEach(async ({ installedApp: page, context }) => {
		await context.setOffline(true);
		void page;
	});

	test.afterEach(async ({ requests, baseURL }) => {
		expect(requests.offOrigin(baseURL!)).toEqual([]);
	});

	test('solves a SQL drill by typing, after a wrong answer is explained', async ({ installedApp: page }) => {
		await page.goto('/practice/sqla-ads-click-fact-dedup');
		await expect(page.getByText(/Schema · \d+ tables/)).toBeVisible();

		// A first try that ignores the grain: every click, not just the dropped duplicates.
		await typeCode(page, 'SELECT click_id, click_id, 0 FROM clicks ORDER BY click_id;');
		await page.getByRole('button', { name: 'Check' }).tap();
		const verdict = page.getByTestId('verdict');
		await expect(verdict.getByRole('heading', { name: 'Not yet' })).toBeVisible();
		await expect(verdict.getByRole('listitem').first()).toContainText(/row/);
		await expect(verdict.getByRole('table', { name: 'Expected' })).toBeVisible();
		await expect(verdict.getByRole('table', { name: 'Yours' })).toBeVisible();
		await expect(verdict.locator('tr.extra').first()).toBeVisible();

		// PostgreSQL is the default engine: its reference, where the drill has one of its own.
		await typeCode(page, codeSection('content/sql/sqla-ads-click-fact-dedup.md', 'Solution', 'postgres'));
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect(verdict.getByRole('heading', { name: 'Correct' })).toBeVisible();

		// The code typed is kept for the next visit.
		await page.reload();
		await expect(page.locator('.cm-content')).toContainText('ROW_NUMBER()');
	});

	test('solves a Python drill by typing', async ({ installedApp: page }) => {
		await page.goto('/practice/py-sort-leaderboard');
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Not yet' })).toBeVisible({ timeout: 60_000 });

		await typeCode(page, codeSection('content/python/py-sort-leaderboard.md', 'Solution'));
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect(page.getByTestId('verdict').getByRole('heading', { name: 'Correct' })).toBeVisible();
		await expect(page.getByTestId('verdict')).toContainText(/All \d+ tests pass/);
	});

	test('stops a runaway query and a runaway loop, then runs again', async ({ installedApp: page }) => {
		await page.goto('/playground');
		await expect(page.locator('.cm-editor')).toBeVisible();
		await typeCode(page, 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM r) SELECT count(*) FROM r');
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('alert')).toContainText('Stopped after 3 s', { timeout: 10_000 });
		await typeCode(page, 'SELECT 40 + 2 AS answer');
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('cell', { name: '42' })).toBeVisible();

		await page.getByRole('tab', { name: 'Python' }).tap();
		await typeCode(page, 'while True:\n    pass');
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('alert')).toContainText('Stopped after', { timeout: 60_000 });
		await typeCode(page, 'print(sum(range(10)))');
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByTestId('stdout')).toHaveText('45');
	});
});
