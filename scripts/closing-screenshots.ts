// The screenshots the "first week" issue's closing note shows: Today on a first run, a review card
// with its menu open, a SQL drill after Check, and the playground with a result; on a phone
// (360×740) in light and in dark, and on a laptop (1280×800). The browser's clock is pinned, so the
// dates on screen are the same on every run.
// Run after `npm run build`: `npx tsx scripts/closing-screenshots.ts [--port 4242]`. It uses the
// server already listening on that port (`npx tsx scripts/serve.ts --port 4242`), or starts the
// same server itself. Writes reports/screenshots/<screen>-<device>.png (reports/ is git-ignored).
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { serveBuild } from './serve.ts';
import { typeCode } from '../tests/e2e/editor.ts';

/** The instant the tests pin too (tests/e2e/fixtures.ts): noon on a Tuesday in June. */
const FIXED_NOW = new Date(2026, 5, 16, 12, 0, 0).getTime();
const OUT = 'reports/screenshots';

const portArg = process.argv.indexOf('--port');
const port = portArg >= 0 ? Number(process.argv[portArg + 1]) : 4242;
const origin = `http://localhost:${port}`;

const DEVICES = [
	{ name: 'phone-light', viewport: { width: 360, height: 740 }, colorScheme: 'light', mobile: true },
	{ name: 'phone-dark', viewport: { width: 360, height: 740 }, colorScheme: 'dark', mobile: true },
	{ name: 'laptop', viewport: { width: 1280, height: 800 }, colorScheme: 'light', mobile: false }
] as const;

/** The PostgreSQL reference solution of the drill shown (content/sql/sqla-ads-click-fact-dedup.md). */
const DRILL = 'sqla-ads-click-fact-dedup';
const DRILL_SOLUTION = `WITH ranked AS (
  SELECT click_id, impression_id, clicked_at,
         ROW_NUMBER() OVER (PARTITION BY impression_id ORDER BY clicked_at, click_id) AS rn
  FROM clicks
)
SELECT d.click_id AS dropped_click_id,
       k.click_id AS kept_click_id,
       EXTRACT(EPOCH FROM d.clicked_at - k.clicked_at)::integer AS seconds_apart
FROM ranked AS d
JOIN ranked AS k ON k.impression_id = d.impression_id AND k.rn = 1
WHERE d.rn > 1
ORDER BY d.click_id;`;

async function listening(): Promise<boolean> {
	try {
		return (await fetch(`${origin}/`)).ok;
	} catch {
		return false;
	}
}

/** Waits until every slice of the content is stored (its hash is in the meta table). */
async function contentStored(page: Page) {
	for (;;) {
		const stored = await page.evaluate(
			() =>
				new Promise<boolean>((resolve) => {
					const open = indexedDB.open('rehearse');
					open.onerror = () => resolve(false);
					open.onsuccess = () => {
						const db = open.result;
						if (!db.objectStoreNames.contains('meta')) return (db.close(), resolve(false));
						const request = db.transaction('meta', 'readonly').objectStore('meta').get('contentHash');
						request.onsuccess = () => (db.close(), resolve(request.result !== undefined));
						request.onerror = () => (db.close(), resolve(false));
					};
				})
		);
		if (stored) return;
		await page.waitForTimeout(200);
	}
}

async function shoot(browser: Browser, device: (typeof DEVICES)[number]): Promise<string[]> {
	const context = await browser.newContext({
		viewport: device.viewport,
		colorScheme: device.colorScheme,
		isMobile: device.mobile,
		hasTouch: device.mobile,
		deviceScaleFactor: device.mobile ? 2 : 1,
		serviceWorkers: 'allow'
	});
	// tsx compiles functions passed to page.evaluate with a `__name` helper that only Node has.
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
	await context.clock.install({ time: FIXED_NOW });
	const page = await context.newPage();
	const written: string[] = [];
	const save = async (screen: string) => {
		const path = `${OUT}/${screen}-${device.name}.png`;
		await page.screenshot({ path });
		written.push(path);
	};
	try {
		// A first run: onboarding on Today.
		await page.goto(`${origin}/`);
		await page.getByTestId('onboarding').waitFor({ timeout: 60_000 });
		await save('today-first-run');

		// Skip it (one tap), then a review card with its menu open.
		await page.getByRole('button', { name: /^Skip/ }).click();
		await page.getByTestId('due-total').waitFor();
		await contentStored(page);
		await page.goto(`${origin}/review`);
		await page.getByRole('button', { name: 'Show answer' }).waitFor();
		await page.getByRole('button', { name: 'Card actions' }).click();
		await page.getByRole('button', { name: 'Suspend card' }).waitFor();
		await save('review-card-menu');

		// A SQL drill after Check, with the verdict scrolled into view.
		await page.goto(`${origin}/practice/${DRILL}`);
		await typeCode(page, DRILL_SOLUTION);
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByTestId('verdict').getByRole('heading', { name: 'Correct' }).waitFor({ timeout: 60_000 });
		await save('sql-drill-checked');

		// The playground with a result.
		await page.goto(`${origin}/playground`);
		await typeCode(page, 'SELECT 40 + 2 AS answer');
		await page.getByRole('button', { name: 'Run', exact: true }).click();
		await page.getByRole('cell', { name: '42' }).waitFor({ timeout: 60_000 });
		await save('playground');
	} finally {
		await context.close();
	}
	return written;
}

if (!existsSync('build/index.html')) throw new Error('build/ is missing: run `npm run build` first.');
mkdirSync(OUT, { recursive: true });
let server: Server | null = null;
if (!(await listening())) server = await serveBuild(port);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'] });
try {
	for (const device of DEVICES) for (const path of await shoot(browser, device)) console.log(path);
} finally {
	await browser.close();
	if (server) await new Promise((done) => server!.close(done));
}
