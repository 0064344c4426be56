// Sync with 100,000 reviews: the server is seeded directly (as if another device had synced them),
// then an empty device turns sync on and pulls everything; then one answer made elsewhere reaches
// it. The first sync is timed from the tap on "Turn on" (then "Restore from the server") to the status saying "Synced"; the incremental one from
// the moment the device comes back online on Today (as a phone does) to sync's end, which it writes
// into IndexedDB (meta.syncLastAt). Main-thread tasks are read from a PerformanceObserver for
// 'longtask' installed before any of the app's code runs; the browser reports only tasks over 50 ms,
// so "none" means none over the budget, and the count says how many there were.
import type { BrowserContext, Page } from '@playwright/test';
import { COUCH_PASSWORD, COUCH_USER, startCouchServer } from '../couch-server.ts';
import { ORIGIN } from './browser.ts';

export interface SyncTimings {
	firstSyncMs: number;
	firstSyncTasks: LongTasks;
	reviewsStored: number;
	incrementalMs: number;
	incrementalTasks: LongTasks;
}

/** The main-thread tasks over 50 ms in a span: how many, and the longest (0 when none). */
export interface LongTasks {
	count: number;
	longestMs: number;
}

const DAY = 86_400_000;

async function cardIds(page: Page): Promise<string[]> {
	return page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction('cards', 'readonly').objectStore('cards').getAllKeys();
					request.onsuccess = () => (open.result.close(), resolve(request.result as string[]));
				};
			})
	);
}

const reviewCount = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const open = indexedDB.open('rehearse');
				open.onsuccess = () => {
					const request = open.result.transaction('reviews', 'readonly').objectStore('reviews').count();
					request.onsuccess = () => (open.result.close(), resolve(request.result));
				};
			})
	);

const longTasksSince = (page: Page, since: number): Promise<LongTasks> =>
	page.evaluate((from) => {
		const all = (globalThis as unknown as { __longTasks?: PerformanceEntry[] }).__longTasks;
		if (!all) throw new Error('The long-task observer is not installed');
		const tasks = all.filter((task) => task.startTime + task.duration >= from);
		return { count: tasks.length, longestMs: Math.max(0, ...tasks.map((task) => task.duration)) };
	}, since);

/** When the last sync ended, as the engine stored it (0 before any). */
const lastSyncedAt = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const request = open.result.transaction('meta', 'readonly').objectStore('meta').get('syncLastAt');
					request.onsuccess = () => (open.result.close(), resolve((request.result?.value as number | undefined) ?? 0));
				};
			})
	);

function reviewDoc(cardId: string, n: number, at: number) {
	const id = `bench-${cardId}-${n}`.replace(/[^a-zA-Z0-9-]/g, '-');
	return { _id: `review:${id}`, type: 'review', updatedAt: at, cardId, itemId: cardId.split('::')[0], grade: 3, reviewedAt: at, phaseBefore: n === 0 ? 'new' : 'review', durationMs: 4000, score: null, mode: 'reveal' };
}

export async function timeSync(context: BrowserContext, page: Page, reviews: number): Promise<SyncTimings> {
	const couch = await startCouchServer();
	try {
		const database = 'bench';
		await couch.createDatabase(database);
		const cards = await cardIds(page);
		const perCard = Math.ceil(reviews / cards.length);
		const start = Date.UTC(2025, 0, 1);
		const docs = [];
		for (let i = 0; i < reviews; i++) {
			const card = cards[i % cards.length];
			const n = Math.floor(i / cards.length);
			docs.push(reviewDoc(card, n, start + n * Math.floor(300 / perCard) * DAY + (i % cards.length) * 1000));
		}
		const seeded = performance.now();
		for (let i = 0; i < docs.length; i += 5_000) await couch.post(`/${database}/_bulk_docs`, { docs: docs.slice(i, i + 5_000) });
		console.log(`seeded the server with ${reviews.toLocaleString('en')} reviews over ${cards.length} cards in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);

		await context.addInitScript(() => {
			const tasks: PerformanceEntry[] = [];
			(globalThis as unknown as { __longTasks: PerformanceEntry[] }).__longTasks = tasks;
			new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(`${ORIGIN}/settings`);
		const panel = page.getByTestId('sync-panel');
		await panel.getByLabel('Server').fill(couch.url);
		await panel.getByLabel('Database').fill(database);
		await panel.getByLabel('User name').fill(COUCH_USER);
		await panel.getByLabel('Password').fill(COUCH_PASSWORD);
		await page.getByRole('button', { name: 'Turn on sync' }).click();
		const tapped = performance.now();
		await page.getByRole('button', { name: 'Turn on', exact: true }).click();
		// An empty device meeting a history is offered a restore (sync/restore.ts): accepted at once,
		// so the figure still runs from the first tap.
		await page.getByRole('button', { name: 'Restore from the server' }).click({ timeout: 120_000 });
		await page.waitForFunction(() => document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-phase') === 'synced', null, { timeout: 300_000, polling: 100 });
		const firstSyncMs = performance.now() - tapped;
		// The page reloaded once (to allow the server in its policy): sync's tasks follow its start mark.
		const syncStart = await page.evaluate(() => performance.getEntriesByName('rehearse:sync-start').at(-1)?.startTime ?? 0);
		const firstSyncTasks = await longTasksSince(page, syncStart);
		const reviewsStored = await reviewCount(page);

		// One answer made on another device: one document on the server. This device is on Today, and
		// comes back online (the 'online' event starts a sync, as it does on a phone).
		await page.goto(`${ORIGIN}/`);
		await page.getByTestId('sync-mark').filter({ hasText: /^Synced$/ }).waitFor({ timeout: 120_000 });
		const at = start + 400 * DAY;
		await couch.post(`/${database}/_bulk_docs`, { docs: [reviewDoc(cards[0], 999, at)] });
		const before = await lastSyncedAt(page);
		const mark = await page.evaluate(() => performance.now());
		const started = performance.now();
		await page.evaluate(() => window.dispatchEvent(new Event('online')));
		while ((await lastSyncedAt(page)) <= before) await page.waitForTimeout(20);
		const incrementalMs = performance.now() - started;
		const incrementalTasks = await longTasksSince(page, mark);
		if ((await reviewCount(page)) !== reviewsStored + 1) throw new Error('The incremental sync did not store the new review');
		return { firstSyncMs, firstSyncTasks, reviewsStored, incrementalMs, incrementalTasks };
	} finally {
		await couch.stop();
	}
}
