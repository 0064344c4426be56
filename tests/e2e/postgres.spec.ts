// SQL in the dialect of the interview: PostgreSQL runs on the device (PGlite), offline after
// install, with SQLite one tap away; the feedback names the engine and the other dialect's habits.
import type { Page } from '@playwright/test';
import { codeSection, frontMatter } from './content';
import { expect, test } from './fixtures';
import { typeCode } from './editor';

const DRILL = 'sqla-ads-click-fact-dedup';

/** Dropped duplicate clicks with the seconds to the kept one: the drill's question, in each dialect's own idiom. */
const ANSWER = {
	postgres: `WITH ranked AS (
  SELECT click_id, impression_id, clicked_at,
         ROW_NUMBER() OVER (PARTITION BY impression_id ORDER BY clicked_at, click_id) AS rn
  FROM clicks
)
SELECT d.click_id AS dropped_click_id, k.click_id AS kept_click_id,
       EXTRACT(EPOCH FROM d.clicked_at::timestamp - k.clicked_at::timestamp)::int AS seconds_apart
FROM ranked d JOIN ranked k ON k.impression_id = d.impression_id AND k.rn = 1
WHERE d.rn > 1
ORDER BY d.click_id`,
	sqlite: `WITH ranked AS (
  SELECT click_id, impression_id, clicked_at,
         ROW_NUMBER() OVER (PARTITION BY impression_id ORDER BY clicked_at, click_id) AS rn
  FROM clicks
)
SELECT d.click_id AS dropped_click_id, k.click_id AS kept_click_id,
       CAST(strftime('%s', d.clicked_at) AS INTEGER) - CAST(strftime('%s', k.clicked_at) AS INTEGER) AS seconds_apart
FROM ranked d JOIN ranked k ON k.impression_id = d.impression_id AND k.rn = 1
WHERE d.rn > 1
ORDER BY d.click_id`
};

async function check(page: Page) {
	await page.getByRole('button', { name: 'Check' }).tap();
	await expect(page.getByRole('button', { name: 'Check' })).toBeEnabled();
}

test.describe('SQL on PostgreSQL and SQLite, offline after install', () => {
	test.beforeEach(async ({ installedApp: page, context }) => {
		await context.setOffline(true);
		void page;
	});

	test.afterEach(async ({ requests, baseURL }) => {
		// PGlite's wasm, its file system and the datasets' snapshot all come from our own origin.
		expect(requests.offOrigin(baseURL!)).toEqual([]);
	});

	test('solves a drill on PostgreSQL with PostgreSQL-only syntax, and says SQLite habits are SQLite’s', async ({ installedApp: page }) => {
		await page.goto(`/practice/${DRILL}`);
		const engine = page.getByTestId('engine');
		await expect(engine.getByRole('radio', { name: 'PostgreSQL' })).toBeChecked();
		await expect(page.getByText(/Schema · \d+ tables/)).toBeVisible();

		await typeCode(page, ANSWER.sqlite);
		await check(page);
		const verdict = page.getByTestId('verdict');
		await expect(verdict.getByRole('heading', { name: 'Not yet' })).toBeVisible();
		await expect(verdict).toContainText(/failed on line \d+: function strftime/);
		await expect(verdict.getByRole('list', { name: 'Dialect notes' })).toContainText('strftime is SQLite syntax; this drill runs on PostgreSQL');

		await typeCode(page, ANSWER.postgres);
		await check(page);
		await expect(verdict.getByRole('heading', { name: 'Correct' })).toBeVisible();
	});

	test('switches a drill to SQLite, solves it with SQLite-only syntax, and explains PostgreSQL habits there', async ({ installedApp: page }) => {
		await page.goto(`/practice/${DRILL}`);
		await page.getByTestId('engine').getByRole('radio', { name: 'SQLite' }).check();
		await expect(page.getByTestId('engine').getByRole('radio', { name: 'SQLite' })).toBeChecked();
		await expect(page.getByText(/Schema · \d+ tables/)).toBeVisible();

		await typeCode(page, ANSWER.postgres);
		await check(page);
		const verdict = page.getByTestId('verdict');
		await expect(verdict.getByRole('list', { name: 'Dialect notes' })).toContainText(':: is PostgreSQL syntax; this drill runs on SQLite');

		await typeCode(page, ANSWER.sqlite);
		await check(page);
		await expect(verdict.getByRole('heading', { name: 'Correct' })).toBeVisible();
	});

	test('the SQL dialect setting decides where drills and the playground start', async ({ installedApp: page }) => {
		await page.goto('/settings');
		await page.getByLabel('SQL dialect').selectOption('sqlite');
		await page.goto(`/practice/${DRILL}`);
		await expect(page.getByTestId('engine').getByRole('radio', { name: 'SQLite' })).toBeChecked();
		await page.goto('/playground');
		await expect(page.getByTestId('engine').getByRole('radio', { name: 'SQLite' })).toBeChecked();
		await typeCode(page, "SELECT strftime('%Y', '2026-03-01') AS year");
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('cell', { name: '2026' })).toBeVisible();
		await expect(page.getByText(/^1 row ·/)).toBeVisible();

		await page.goto('/settings');
		await page.getByLabel('SQL dialect').selectOption('postgres');
		await page.goto('/playground');
		await expect(page.getByTestId('engine').getByRole('radio', { name: 'PostgreSQL' })).toBeChecked();
		await typeCode(page, "SELECT to_char(DATE '2026-03-01', 'YYYY') AS year");
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('cell', { name: '2026' })).toBeVisible();
	});

	test('stops a runaway PostgreSQL query, and the next run works on a fresh engine', async ({ installedApp: page }) => {
		await page.goto('/playground');
		await expect(page.getByTestId('engine').getByRole('radio', { name: 'PostgreSQL' })).toBeChecked();
		await typeCode(page, 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r');
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('alert')).toContainText('Stopped after 3 s', { timeout: 15_000 });
		await typeCode(page, 'SELECT 40 + 2 AS answer');
		await page.getByRole('button', { name: 'Run', exact: true }).tap();
		await expect(page.getByRole('cell', { name: '42' })).toBeVisible({ timeout: 15_000 });
	});

	test('keeps what was typed before the schema arrived', async ({ installedApp: page }) => {
		await page.goto(`/practice/${DRILL}`);
		// PostgreSQL takes a moment to start; the editor is ready before the schema is.
		await expect(page.getByText('Loading the schema…')).toBeVisible();
		const editor = page.locator('.cm-content, textarea').first();
		await editor.click();
		await page.keyboard.type('SELECT 1 AS one');
		await expect(page.getByText(/Schema · \d+ tables/)).toBeVisible();
		await expect(page.locator('.cm-content')).toHaveText('SELECT 1 AS one');
	});

	test('a second wrong answer off in the same columns replaces the first verdict', async ({ installedApp: page }) => {
		// Every expected row with two of its four columns emptied: each row is paired with its
		// expected row, and two columns give a reason of the same kind.
		const path = 'content/sql/sqla-ads-ctr-per-ad.md';
		const { expected } = frontMatter<{ expected: { columns: string[]; rows: (string | number | null)[][] } }>(path);
		const literal = (v: string | number | null) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);
		const answer = (blank: string) =>
			expected.rows
				.map((row) => `SELECT ${row.map((v, i) => `${i === 1 || i === 2 ? blank : literal(v)} AS ${expected.columns[i]}`).join(', ')}`)
				.join('\nUNION ALL ');
		await page.goto('/practice/sqla-ads-ctr-per-ad');
		const verdict = page.getByTestId('verdict');

		await typeCode(page, answer('-1'));
		await check(page);
		await expect(verdict.getByRole('heading', { name: 'Not yet' })).toBeVisible();
		await expect(verdict.getByRole('listitem').filter({ hasText: 'got -1 in column impressions' })).toBeVisible();

		await typeCode(page, answer('-2'));
		await check(page);
		await expect(verdict.getByRole('listitem').filter({ hasText: 'got -2 in column impressions' })).toBeVisible();
		await expect(verdict.getByRole('listitem').filter({ hasText: 'got -2 in column clicked_impressions' })).toBeVisible();
		await expect(verdict.getByRole('listitem').filter({ hasText: 'got -1' })).toHaveCount(0);
	});
});

test.describe('schema drills, offline after install', () => {
	test.beforeEach(async ({ installedApp: page, context }) => {
		await context.setOffline(true);
		void page;
	});

	test('a DDL that lets retries in is told what got through; the reference passes every check', async ({ installedApp: page, requests, baseURL }) => {
		const path = 'content/schema/schema-webhook-charges.md';
		await page.goto('/practice/schema-webhook-charges');
		await expect(page.getByTestId('engine')).toContainText('Runs on PostgreSQL');

		// A first design without the key that makes a retried webhook harmless.
		const loose = codeSection(path, 'Solution').replace(/,?\s*(CONSTRAINT \w+ )?UNIQUE \(merchant_id, idempotency_key\)/i, '');
		expect(loose).not.toMatch(/UNIQUE \(merchant_id, idempotency_key\)/i);
		await typeCode(page, loose);
		await check(page);
		const verdict = page.getByTestId('verdict');
		await expect(verdict.getByRole('heading', { name: 'Not yet' })).toBeVisible();
		await expect(verdict.getByRole('list', { name: 'Checks' })).toContainText('became a second charge: add UNIQUE (merchant_id, idempotency_key)');

		await typeCode(page, codeSection(path, 'Solution'));
		await check(page);
		await expect(verdict.getByRole('heading', { name: 'Correct' })).toBeVisible();
		await expect(verdict).toContainText(/All \d+ checks pass/);
		expect(requests.offOrigin(baseURL!)).toEqual([]);
	});
});
