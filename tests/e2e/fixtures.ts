// Shared Playwright fixtures. `installedApp` gives a page whose service worker has installed and
// controls it (the app is fully precached), with every request recorded so tests can assert that
// nothing leaves the origin.
import { test as base, expect, type Page } from '@playwright/test';

export interface RecordedRequests {
	urls: string[];
	/** Requests to anywhere but our own origin (data: and blob: URLs never leave the device). */
	offOrigin(origin: string): string[];
}

export const test = base.extend<{ requests: RecordedRequests; installedApp: Page }>({
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
		await use(page);
	}
});

export { expect };

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
