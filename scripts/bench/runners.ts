// Drill runner timings in the built app, read from the `rehearse:<runner>:<call>` performance
// measures the worker client records: first and later runs on SQLite and PostgreSQL, each engine's
// cold start next to its bare library in the same browser, the first run after prewarming, and
// runaway stops.
import type { Browser, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ORIGIN } from './browser.ts';

const JOIN_QUERY = `SELECT a.type, COUNT(*) AS n FROM sqlite_master a JOIN sqlite_master b ON a.type = b.type GROUP BY a.type;`;
/** The same shape of work on PostgreSQL: a join and a group-by over the catalog. */
const PG_JOIN_QUERY = `SELECT c.relkind, COUNT(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace GROUP BY c.relkind;`;
const RUNAWAY_SQL = `WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r) SELECT count(*) FROM r;`;

export function measures(page: Page, name: string): Promise<number[]> {
	return page.evaluate((n) => performance.getEntriesByName(n).map((entry) => entry.duration), name);
}

async function waitForMeasures(page: Page, name: string, count: number): Promise<number[]> {
	await page.waitForFunction(([n, c]) => performance.getEntriesByName(n as string).length >= (c as number), [name, count] as const, {
		timeout: 60_000
	});
	return measures(page, name);
}

async function setCode(page: Page, code: string): Promise<void> {
	const editor = page.locator('.cm-content');
	await editor.focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await editor.fill(code);
	await page.keyboard.press('Escape');
}

async function run(page: Page, measure: string): Promise<number> {
	const before = (await measures(page, measure)).length;
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	const all = await waitForMeasures(page, measure, before + 1);
	await page.getByRole('button', { name: 'Run', exact: true }).waitFor();
	return all[before];
}

export interface SqlTimings {
	first: number;
	later: number[];
	runawayStop: number;
	afterStop: number;
}

/** In the playground on SQLite, on a repeat visit (runtime files served by the service worker). */
export async function timeSql(page: Page): Promise<SqlTimings> {
	await page.goto(`${ORIGIN}/playground`);
	await page.getByRole('radio', { name: 'SQLite' }).check();
	await page.locator('.cm-editor').waitFor();
	// Reading the schema panel is the session's first SQL call: worker, wasm, dataset, catalog query.
	const [first] = await waitForMeasures(page, 'rehearse:SQLite:sql-schema', 1);
	await setCode(page, JOIN_QUERY);
	const later: number[] = [];
	for (let i = 0; i < 10; i++) later.push(await run(page, 'rehearse:SQLite:sql-run'));
	await setCode(page, RUNAWAY_SQL);
	const runawayStop = await run(page, 'rehearse:SQLite:sql-run');
	await setCode(page, JOIN_QUERY);
	const afterStop = await run(page, 'rehearse:SQLite:sql-run');
	return { first, later, runawayStop, afterStop };
}

export interface PostgresTimings {
	/** Opening a drill page, cold: worker, wasm from the cache, snapshot, the schema panel's query. One per fresh page. */
	coldStarts: number[];
	/** The user's first Run once the page had started the engine. */
	firstRunAfterPrewarm: number;
	later: number[];
	runawayStop: number;
	/** From the stop to the next run's answer: the respawned engine had to start again. */
	afterStop: number;
}

/** On a SQL drill page in PostgreSQL, on a repeat visit (runtime files from the service worker's cache). */
export async function timePostgres(page: Page, drillId: string, coldSamples: number): Promise<PostgresTimings> {
	const coldStarts: number[] = [];
	for (let i = 0; i < coldSamples; i++) {
		await page.goto(`${ORIGIN}/practice/${drillId}`);
		const [start] = await waitForMeasures(page, 'rehearse:PostgreSQL:sql-schema', 1);
		coldStarts.push(start);
	}
	await page.locator('.cm-editor').waitFor();
	await setCode(page, PG_JOIN_QUERY);
	const firstRunAfterPrewarm = await run(page, 'rehearse:PostgreSQL:sql-run');
	const later: number[] = [];
	for (let i = 0; i < 10; i++) later.push(await run(page, 'rehearse:PostgreSQL:sql-run'));
	await setCode(page, RUNAWAY_SQL);
	const runawayStop = await run(page, 'rehearse:PostgreSQL:sql-run');
	await setCode(page, PG_JOIN_QUERY);
	const afterStop = await run(page, 'rehearse:PostgreSQL:sql-run');
	return { coldStarts, firstRunAfterPrewarm, later, runawayStop, afterStop };
}

/**
 * A bare `PGlite.create()` plus the drill's dataset load (initdb, then its script) in a worker of a
 * page with nothing else on it, in the same browser: the reference the app's snapshot start is
 * compared with. PGlite's files come straight from node_modules.
 */
export async function timeBarePglite(browser: Browser, datasetScript: string, samples: number): Promise<number[]> {
	const dist = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Resource-Policy': 'same-origin' };
	const types: Record<string, string> = { js: 'text/javascript', wasm: 'application/wasm', data: 'application/octet-stream' };
	await context.route(`${ORIGIN}/__bench/pglite/**`, async (route) => {
		const file = new URL(route.request().url()).pathname.replace('/__bench/pglite/', '');
		const body = await readFile(join(dist, file)).catch(() => null);
		if (!body) return route.fulfill({ status: 404, headers, body: '' });
		await route.fulfill({ headers: { ...headers, 'Content-Type': types[file.split('.').pop()!] ?? 'application/octet-stream' }, body });
	});
	await context.route(`${ORIGIN}/__bench/bare.html`, (route) => route.fulfill({ contentType: 'text/html', headers, body: '<!doctype html><title>bare</title>' }));
	await context.route(`${ORIGIN}/__bench/pg-worker.mjs`, (route) =>
		route.fulfill({
			contentType: 'text/javascript',
			headers,
			body: `import { PGlite } from '/__bench/pglite/index.js';
onmessage = async (event) => {
	const start = performance.now();
	const db = await PGlite.create();
	await db.exec(event.data);
	await db.query('SELECT 1');
	postMessage(performance.now() - start);
};`
		})
	);
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/__bench/bare.html`);
	const times: number[] = [];
	for (let i = 0; i < samples; i++) {
		times.push(
			await page.evaluate(
				(script) =>
					new Promise<number>((resolve, reject) => {
						const worker = new Worker('/__bench/pg-worker.mjs', { type: 'module' });
						worker.onmessage = (event) => {
							resolve(event.data as number);
							worker.terminate();
						};
						worker.onerror = (event) => reject(new Error(event.message));
						worker.postMessage(script);
					}),
				datasetScript
			)
		);
	}
	await context.close();
	return times;
}

export interface PythonTimings {
	/** Opening the Python tab starts Pyodide loading (prewarm): how long the load took. */
	coldLoad: number;
	firstRunAfterPrewarm: number;
	runawayStop: number;
	afterStop: number;
	interruptible: boolean;
}

export async function timePython(page: Page): Promise<PythonTimings> {
	await page.goto(`${ORIGIN}/playground`);
	await page.getByRole('tab', { name: 'Python' }).click();
	await page.locator('.cm-editor').waitFor();
	const [coldLoad] = await waitForMeasures(page, 'rehearse:Python:py-warm', 1);
	await setCode(page, 'total = sum(i * i for i in range(1000))\nprint(total)');
	const firstRunAfterPrewarm = await run(page, 'rehearse:Python:py-run');
	await setCode(page, 'while True:\n    pass');
	const runawayStop = await run(page, 'rehearse:Python:py-run');
	await setCode(page, 'print("ready")');
	const afterStop = await run(page, 'rehearse:Python:py-run');
	const interruptible = await page.evaluate(() => crossOriginIsolated && typeof SharedArrayBuffer !== 'undefined');
	return { coldLoad, firstRunAfterPrewarm, runawayStop, afterStop, interruptible };
}

/**
 * More cold loads of Pyodide by the app, each in a freshly opened playground (a new worker, files
 * from the service worker's cache), so the app is compared with the bare load median to median
 * rather than one sample against three.
 */
export async function timeAppPyodideLoads(page: Page, count: number): Promise<number[]> {
	const samples: number[] = [];
	for (let i = 0; i < count; i++) {
		await page.goto(`${ORIGIN}/playground`);
		await page.getByRole('tab', { name: 'Python' }).click();
		const [load] = await waitForMeasures(page, 'rehearse:Python:py-warm', 1);
		samples.push(load);
	}
	return samples;
}

/**
 * A bare `loadPyodide()` in a worker of a page with nothing else on it, served from the same origin
 * and files, in the same browser: the reference the app's cold load is compared with.
 */
export async function timeBarePyodide(browser: Browser): Promise<number[]> {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
	await context.route(`${ORIGIN}/__bench/bare.html`, (route) =>
		route.fulfill({ contentType: 'text/html', headers, body: '<!doctype html><title>bare</title>' })
	);
	await context.route(`${ORIGIN}/__bench/worker.mjs`, (route) =>
		route.fulfill({
			contentType: 'text/javascript',
			headers,
			body: `import { loadPyodide } from '/pyodide/pyodide.mjs';
const start = performance.now();
await loadPyodide({ indexURL: '/pyodide/' });
postMessage(performance.now() - start);`
		})
	);
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/__bench/bare.html`);
	const samples: number[] = [];
	for (let i = 0; i < 3; i++) {
		samples.push(
			await page.evaluate(
				() =>
					new Promise<number>((resolve, reject) => {
						const worker = new Worker('/__bench/worker.mjs', { type: 'module' });
						worker.onmessage = (event) => {
							resolve(event.data as number);
							worker.terminate();
						};
						worker.onerror = (event) => reject(new Error(event.message));
					})
			)
		);
	}
	await context.close();
	return samples;
}
