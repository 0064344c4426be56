// Question-bank search latency in the built app: the bank is grown to N items by copying the
// bundled items (same titles, prompts and topics, so the text is as long as real content) as user
// items through raw IndexedDB, then queries are typed into /practice one key at a time. Each
// keystroke is timed from the input event to the first frame painted with the new results.
import type { BrowserContext, Page } from '@playwright/test';
import { installApp, ORIGIN } from './browser.ts';
import { withCpuThrottle } from './throttle.ts';

/** What a user might type, key by key; three backspaces after each one widen the search again. */
const QUERIES = ['window functions', 'dedup latest', 'slowly changing', 'grain', 'kafka exactly once', 'p95 latency', 'anti join', 'star schema'];
const BACKSPACES = 3;

export interface SearchTiming {
	items: number;
	/** ms per keystroke, input event → results painted. */
	keystrokes: number[];
	/** The same keystrokes with the CPU throttled (see throttle.ts). */
	throttled: number[];
	/** ms from navigating to /practice to the result count showing (reference). */
	open: number;
}

/** Copies live items into new user items until the bank holds `total` items. */
async function growBank(page: Page, total: number): Promise<number> {
	return page.evaluate(async (wanted) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('rehearse');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
			const request = db.transaction('items').objectStore('items').getAll();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const live = all.filter((item) => !item.archived);
		const originals = live.filter((item) => !String(item.id).startsWith('bench-search-'));
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('items', 'readwrite');
			const store = tx.objectStore('items');
			for (let i = live.length; i < wanted; i++) {
				const source = originals[i % originals.length];
				store.put({ ...source, id: `bench-search-${i}`, title: `${source.title} (copy ${i})`, origin: 'user', hash: `bench-${i}` });
			}
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
		return Math.max(wanted, live.length);
	}, total);
}

/** Opens /practice and waits for the list; returns ms until the count showed. */
async function openBank(page: Page): Promise<number> {
	const started = Date.now();
	await page.goto(`${ORIGIN}/practice`);
	await page.getByTestId('result-count').filter({ hasText: /\d+ questions/ }).waitFor();
	return Date.now() - started;
}

async function typeQueries(page: Page): Promise<number[]> {
	return page.evaluate(
		async ({ queries, backspaces }) => {
			const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
			const count = document.querySelector('[data-testid="result-count"]')!;
			// After the microtasks in which Svelte updates the DOM: a macrotask without timer clamping.
			const settled = () =>
				new Promise<void>((resolve) => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => resolve();
					channel.port2.postMessage(0);
				});
			const type = async (value: string) => {
				input.value = value;
				const started = performance.now();
				input.dispatchEvent(new Event('input', { bubbles: true }));
				await settled();
				// The end of the next frame: rAF runs just before it paints, the message arrives after.
				const painted = await new Promise<number>((resolve) =>
					requestAnimationFrame(() => {
						const channel = new MessageChannel();
						channel.port1.onmessage = () => resolve(performance.now());
						channel.port2.postMessage(0);
					})
				);
				return painted - started;
			};
			const timings: number[] = [];
			let changed = 0;
			for (const query of queries) {
				for (let length = 1; length <= query.length; length++) {
					const before = count.textContent;
					timings.push(await type(query.slice(0, length)));
					if (count.textContent !== before) changed++;
				}
				for (let cut = 1; cut <= backspaces; cut++) timings.push(await type(query.slice(0, query.length - cut)));
				await type('');
			}
			// Guard against timing a page that ignored the input.
			if (changed === 0) throw new Error('the result count never changed while typing');
			return timings;
		},
		{ queries: QUERIES, backspaces: BACKSPACES }
	);
}

/** Times per-keystroke search with the bank grown to each size in turn (installed app, offline). */
export async function timeBankSearch(context: BrowserContext, sizes: readonly number[], throttle: number): Promise<SearchTiming[]> {
	const page = await installApp(context);
	await context.setOffline(true);
	const results: SearchTiming[] = [];
	for (const size of sizes) {
		const items = await growBank(page, size);
		await openBank(page);
		// The first open warms the code and IndexedDB caches, like any repeat visit.
		const open = await openBank(page);
		await typeQueries(page);
		const keystrokes = await typeQueries(page);
		const throttled = await withCpuThrottle(page, throttle, () => typeQueries(page));
		results.push({ items, keystrokes, throttled, open });
	}
	return results;
}
