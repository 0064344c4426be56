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

export const test = base.extend<{ requests: RecordedRequests; installedApp: Page; cspViolations: string[] }>({
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
		await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
		await page.waitForFunction(async () => {
			const registration = await navigator.serviceWorker.ready;
			return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
		});
		// A first visit draws Today from the first slice of the content: wait for the whole bank.
		await contentStored(page);
		await use(page);
	}
});

export { expect };

/** Waits until the app has stored every slice of the bundled content (its hash is in the meta table). */
export async function contentStored(page: Page): Promise<void> {
	await page.waitForFunction(
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
