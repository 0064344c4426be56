// Shared Playwright fixtures. `installedApp` gives a page whose service worker has installed and
// controls it (the app is fully precached), with every request recorded so tests can assert that
// nothing leaves the origin.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface RecordedRequests {
	urls: string[];
	/** Requests to anywhere but our own origin (data: and blob: URLs never leave the device). */
	offOrigin(origin: string): string[];
}

/**
 * Fails the test on any Content-Security-Policy violation in its browser context: the page's
 * `securitypolicyviolation` events (re-logged to the console by an init script) and the console
 * errors Chromium prints for blocked resources, in pages and in their workers.
 */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
	const violations: string[] = [];
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
		});
	});
	context.on('console', (message) => {
		const text = message.text();
		if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text);
	});
	return violations;
}

/**
 * The instant every test's browser starts at: noon local time on a Tuesday in June, far from a
 * daylight-saving change and from the 04:00 start of a study day, so "today" and "in 12 days" read
 * the same whatever the machine's clock says. The clock runs on from there.
 */
export const FIXED_NOW = new Date(2026, 5, 16, 12, 0, 0).getTime();
export const DAY_MS = 86_400_000;

/** The local date `days` after the pinned instant, as an `<input type="date">` takes it. */
export function localDate(days: number): string {
	const at = new Date(FIXED_NOW);
	at.setDate(at.getDate() + days);
	return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
}

/** The time in the page (the pinned clock, moved on by however long the test has run). */
export function pageNow(page: Page): Promise<number> {
	return page.evaluate(() => Date.now());
}

/** The localStorage key the app keeps onboarding's outcome under (src/lib/session/onboarding.ts). */
export const ONBOARDING_KEY = 'rehearse:onboarding';

/** Makes every page of `context` start as a user who skipped onboarding (for contexts a test launches itself). */
export async function skipOnboarding(context: BrowserContext): Promise<void> {
	await context.addInitScript((key) => {
		try {
			if (localStorage.getItem(key) === null) localStorage.setItem(key, 'skipped');
		} catch {
			// about:blank and opaque origins have no localStorage: nothing to seed there.
		}
	}, ONBOARDING_KEY);
}

export const test = base.extend<{ requests: RecordedRequests; installedApp: Page; cspViolations: string[]; pinClock: boolean; onboarded: boolean }>({
	/** Start the browser's clock at FIXED_NOW (on by default); `test.use({ pinClock: false })` opts out. */
	pinClock: [true, { option: true }],
	/**
	 * Start as a user who has been through onboarding (skipped it, as one tap does), so Today opens
	 * on the day's cards; `test.use({ onboarded: false })` gives a true first run.
	 */
	onboarded: [true, { option: true }],
	context: async ({ context, pinClock, onboarded }, use) => {
		if (pinClock) await context.clock.install({ time: FIXED_NOW });
		if (onboarded) await skipOnboarding(context);
		await use(context);
	},
	cspViolations: [
		async ({ context }, use) => {
			const violations = await watchCspViolations(context);
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	],
	requests: async ({ context }, use) => {
		const urls: string[] = [];
		context.on('request', (request) => urls.push(request.url()));
		await use({
			urls,
			offOrigin: (origin) => urls.filter((url) => !url.startsWith(origin) && !/^(data|blob):/.test(url))
		});
	},
	installedApp: async ({ page, requests }, use) => {
		void requests;
		await page.goto('/');
		// The first start copies the whole content bundle into IndexedDB: on a busy machine, slow.
		await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible({ timeout: 30_000 });
		await expect
			.poll(() =>
				page.evaluate(async () => {
					const registration = await navigator.serviceWorker.ready;
					return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
				})
			)
			.toBe(true);
		// A first visit draws Today from the first slice of the content: wait for the whole bank,
		// and for the Python runtime, which the worker stores after the app.
		await contentStored(page);
		await pythonStored(page);
		await use(page);
	}
});

export { expect };

/** Waits until the app has stored every slice of the bundled content (its hash is in the meta table). */
export async function contentStored(page: Page): Promise<void> {
	// Polled from here: page.waitForFunction does not wait for a promise the function returns.
	await expect
		.poll(
			() =>
				page.evaluate(
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
				),
			{ timeout: 60_000 }
		)
		.toBe(true);
}

/** Waits until the service worker has stored the whole Python runtime in its own cache. */
export async function pythonStored(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const name = (await caches.keys()).find((key) => key.startsWith('rehearse-python-'));
					return name === undefined ? 0 : (await (await caches.open(name)).keys()).length;
				}),
			{ timeout: 60_000 }
		)
		.toBe(5);
}

/** Counts rows of an object store in the app's IndexedDB, straight from the browser. */
export async function countRows(page: Page, store: string): Promise<number> {
	return page.evaluate(
		(name) =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction(name, 'readonly').objectStore(name).count();
					request.onsuccess = () => {
						resolve(request.result);
						db.close();
					};
					request.onerror = () => reject(request.error);
				};
			}),
		store
	);
}

/** The number on the Today screen's Start button ("Start · 12 cards"), 0 when nothing is due. */
export async function dueTotal(page: Page): Promise<number> {
	await page.getByTestId('due-total').waitFor();
	const start = page.getByRole('link', { name: /^Start/ });
	if (!(await start.isVisible())) return 0;
	const match = /(\d+)/.exec((await start.textContent()) ?? '');
	return match ? Number(match[1]) : 0;
}
