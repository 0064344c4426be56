// Sync through a CouchDB-compatible server (pouchdb-server, in memory, started here): a phone and a
// laptop, two browser contexts with their own storage, on one database.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { contentStored, countRows, expect, FIXED_NOW, skipOnboarding, test, watchCspViolations } from './fixtures';
import { COUCH_PASSWORD, COUCH_USER, startCouchServer, type CouchServer } from '../../scripts/couch-server';

let couch: CouchServer;
let databases = 0;

test.beforeAll(async () => {
	couch = await startCouchServer();
});
test.afterAll(async () => {
	await couch?.stop();
});

/** A database of its own for each test. */
async function freshDatabase(): Promise<string> {
	const name = `rehearse-${++databases}`;
	await couch.createDatabase(name);
	return name;
}

interface Device {
	context: BrowserContext;
	page: Page;
	violations: string[];
}

/** A second device: the laptop, installed like the fixture's phone (service worker, content stored). */
async function openLaptop(browser: Browser, baseURL: string): Promise<Device> {
	const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, serviceWorkers: 'allow' });
	await context.clock.install({ time: FIXED_NOW });
	await skipOnboarding(context);
	const violations = await watchCspViolations(context);
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible({ timeout: 30_000 });
	await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated' && navigator.serviceWorker.controller !== null);
	await contentStored(page);
	return { context, page, violations };
}

const status = (page: Page) => page.getByTestId('sync-status');

async function fillSignIn(page: Page, database: string, password: string) {
	const panel = page.getByTestId('sync-panel');
	await panel.getByLabel('Server').fill(couch.url);
	await panel.getByLabel('Database').fill(database);
	await panel.getByLabel('User name').fill(COUCH_USER);
	await panel.getByLabel('Password').fill(password);
}

/** Settings → Sync → Turn on, confirming the sentence that says what goes where. */
async function turnOnSync(page: Page, database: string, password = COUCH_PASSWORD) {
	await page.goto('/settings');
	await fillSignIn(page, database, password);
	await page.getByRole('button', { name: 'Turn on sync' }).click();
	await expect(page.getByTestId('sync-disclosure')).toHaveText(new RegExp(`review history.*"${database}" at ${couch.url.replace(/[.]/g, '\\.')}`));
	// The page reloads so its Content-Security-Policy allows the server; then the first sync runs.
	await page.getByRole('button', { name: 'Turn on', exact: true }).click();
}

/** Taps "Sync now" and waits for a sync that completed after the tap, with nothing left waiting. */
async function syncNow(page: Page) {
	if (!page.url().endsWith('/settings')) await page.goto('/settings');
	const before = Number((await status(page).getAttribute('data-synced-at')) || 0);
	await page.getByRole('button', { name: 'Sync now' }).click();
	await expect.poll(async () => Number((await status(page).getAttribute('data-synced-at')) || 0)).toBeGreaterThan(before);
	await expect(status(page)).toHaveText(/^Synced (just now|\d+ min ago)$/);
}

/**
 * Goes to a screen through the app's own navigation: the document stays, and with it what the
 * browser says about being offline (a page loaded while offline in Playwright reports online).
 */
async function navigate(page: Page, label: 'Today' | 'Settings') {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
	await expect(page.getByRole('heading', { name: label, exact: true })).toBeVisible();
}

async function setNewPerDay(page: Page, value: string) {
	await page.goto('/settings');
	await page.getByLabel('New cards per day').fill(value);
	await page.getByLabel('New cards per day').blur();
	await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

/** Answers `count` cards of today's queue with Good. */
async function answer(page: Page, count: number) {
	await navigate(page, 'Today');
	await page.getByRole('link', { name: /^Start/ }).click();
	for (let i = 0; i < count; i++) {
		await page.getByRole('button', { name: 'Show answer' }).click();
		const before = await countRows(page, 'reviews');
		await page.getByRole('button', { name: /^Good/ }).click();
		await expect.poll(() => countRows(page, 'reviews')).toBe(before + 1);
	}
	await page.getByRole('link', { name: 'End session' }).click();
	await expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible();
}

interface Stored {
	reviewIds: string[];
	/** Every studied card's schedule (createdAt differs between devices by design: it is local). */
	cards: Record<string, unknown>[];
}

async function stored(page: Page): Promise<Stored> {
	return page.evaluate(
		() =>
			new Promise<Stored>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['reviews', 'cards'], 'readonly');
					const reviews = tx.objectStore('reviews').getAllKeys();
					const cards = tx.objectStore('cards').getAll();
					tx.oncomplete = () => {
						db.close();
						const studied = (cards.result as Record<string, unknown>[])
							.filter((card) => (card.reps as number) > 0)
							.map(({ createdAt: _local, ...card }) => card)
							.sort((a, b) => String(a.id).localeCompare(String(b.id)));
						resolve({ reviewIds: (reviews.result as string[]).sort(), cards: studied });
					};
				};
			})
	);
}

test('a phone and a laptop, one offline, end with the union of their reviews and identical schedules', async ({ installedApp: phone, browser, baseURL }) => {
	const database = await freshDatabase();
	const laptop = await openLaptop(browser, baseURL!);
	await turnOnSync(phone, database);
	await expect(status(phone)).toHaveText(/^Synced just now$/);
	await turnOnSync(laptop.page, database);
	await expect(status(laptop.page)).toHaveText(/^Synced just now$/);

	// The laptop goes offline and both study: the same first cards of the day, on each device.
	await laptop.context.setOffline(true);
	await answer(laptop.page, 2);
	await navigate(laptop.page, 'Settings');
	await expect(status(laptop.page)).toHaveText('Offline: will sync when back online · 2 waiting');
	await answer(phone, 3);
	await expect(phone.getByTestId('sync-mark')).toBeVisible();
	await syncNow(phone);

	// Back online, the laptop syncs by itself; then the phone picks up the laptop's answers.
	await laptop.context.setOffline(false);
	await expect(status(laptop.page)).toHaveText(/^Synced just now$/);
	await syncNow(laptop.page);
	await syncNow(phone);

	const onPhone = await stored(phone);
	const onLaptop = await stored(laptop.page);
	expect(onPhone.reviewIds).toHaveLength(5);
	expect(new Set(onPhone.reviewIds).size).toBe(5);
	expect(onLaptop.reviewIds).toEqual(onPhone.reviewIds);
	expect(onLaptop.cards).toEqual(onPhone.cards);
	// The cards both devices answered were replayed from all their reviews: some have two.
	expect(onPhone.cards.some((card) => (card.reps as number) >= 2)).toBe(true);
	const onServer = await couch.get<{ rows: { id: string }[] }>(`/${database}/_all_docs`);
	expect(onServer.rows.filter((row) => row.id.startsWith('review:'))).toHaveLength(5);
	await phone.goto('/');
	await expect(phone.getByTestId('sync-mark')).toHaveText('Synced');
	expect(laptop.violations).toEqual([]);
	await laptop.context.close();
});

test('an own card edited on both devices keeps the later edit and shows the other as a conflict', async ({ installedApp: phone, browser, baseURL }) => {
	const database = await freshDatabase();
	const laptop = await openLaptop(browser, baseURL!);
	await turnOnSync(phone, database);
	await expect(status(phone)).toHaveText(/^Synced just now$/);

	await phone.goto('/mine/new?kind=concept');
	await phone.getByLabel('Question', { exact: true }).fill('What does a surrogate key protect against?');
	await phone.getByLabel('Answer', { exact: true }).fill('Natural keys that change.');
	await phone.getByRole('button', { name: 'Save' }).click();
	await expect(phone).toHaveURL(/\/practice\/mine-/);
	const cardUrl = new URL(phone.url()).pathname;
	await syncNow(phone);

	await turnOnSync(laptop.page, database);
	await expect(status(laptop.page)).toHaveText(/^Synced just now$/);
	await laptop.page.goto(cardUrl);
	await expect(laptop.page.getByRole('heading', { name: /surrogate key/ })).toBeVisible();

	async function edit(page: Page, text: string) {
		await page.goto(cardUrl);
		await page.getByRole('link', { name: 'Edit this card' }).click();
		await page.getByLabel('Answer', { exact: true }).fill(text);
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page).toHaveURL(new RegExp(`${cardUrl}$`));
	}
	// The laptop edits first, offline; the phone edits later and syncs first.
	await laptop.context.setOffline(true);
	await edit(laptop.page, 'Laptop: natural keys that get reused.');
	await edit(phone, 'Phone: natural keys that change or get reused.');
	await syncNow(phone);
	await laptop.page.goto('/settings');
	await laptop.context.setOffline(false);
	await expect(status(laptop.page)).toHaveText(/^Synced just now$/);
	await syncNow(laptop.page);
	await syncNow(phone);

	// One winner, the later edit, on both devices; the laptop's edit is listed as a conflict there.
	for (const page of [phone, laptop.page]) {
		await page.goto(cardUrl);
		await page.getByRole('button', { name: 'Show answer' }).click();
		await expect(page.locator('.answer')).toHaveText(/Phone: natural keys that change or get reused\./);
	}
	await laptop.page.goto('/settings');
	const conflicts = laptop.page.getByTestId('sync-conflict');
	await expect(conflicts).toHaveCount(1);
	await expect(conflicts).toContainText('Own card');
	await expect(conflicts).toContainText('Kept (other device');
	await expect(conflicts).toContainText('Other (this device');
	await conflicts.getByRole('button', { name: 'Keep this' }).click();
	await expect(conflicts).toHaveCount(0);
	expect(laptop.violations).toEqual([]);
	await laptop.context.close();
});

test('a wrong password says sign-in failed and changes nothing, here or on the server', async ({ installedApp: page }) => {
	const database = await freshDatabase();
	await answer(page, 1);
	const before = await stored(page);
	await turnOnSync(page, database, 'wrong password');
	await expect(status(page)).toHaveText('Sign-in failed: the server refused this user name and password.');
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(page.getByTestId('sync-test')).toHaveText('Sign-in failed: the server refused this user name and password.');
	expect(await stored(page)).toEqual(before);
	const info = await couch.get<{ doc_count: number }>(`/${database}`);
	expect(info.doc_count).toBe(0);

	// With the right password it syncs, and Test connection names the server.
	await page.getByRole('button', { name: 'Change sign-in' }).click();
	await fillSignIn(page, database, COUCH_PASSWORD);
	await page.getByRole('button', { name: 'Save sign-in' }).click();
	await page.getByRole('button', { name: 'Turn on', exact: true }).click();
	await expect(status(page)).toHaveText(/^Synced just now$/);
	await page.getByRole('button', { name: 'Test connection' }).click();
	await expect(page.getByTestId('sync-test')).toHaveText(`Connected to PouchDB Server 4.2.0, database "${database}".`);
	expect((await couch.get<{ doc_count: number }>(`/${database}`)).doc_count).toBeGreaterThanOrEqual(1);
});

test('refuses a server that is not HTTPS, unless it is this machine', async ({ installedApp: page, requests, baseURL }) => {
	await page.goto('/settings');
	const panel = page.getByTestId('sync-panel');
	await panel.getByLabel('Server').fill('http://couch.example.org');
	await panel.getByLabel('User name').fill(COUCH_USER);
	await panel.getByLabel('Password').fill(COUCH_PASSWORD);
	await page.getByRole('button', { name: 'Turn on sync' }).click();
	await expect(page.getByTestId('sync-problem')).toHaveText(/must use HTTPS/);
	await expect(page.getByTestId('sync-disclosure')).toHaveCount(0);
	expect(requests.offOrigin(baseURL!)).toEqual([]);
});

test('the server stopped mid-sync and restarted: the app resumes and loses nothing', async ({ installedApp: phone, browser, baseURL }) => {
	const database = await freshDatabase();
	await turnOnSync(phone, database);
	await expect(status(phone)).toHaveText(/^Synced just now$/);
	await answer(phone, 1);
	await syncNow(phone);

	await couch.takeDown();
	await answer(phone, 2);
	await phone.goto('/settings');
	await phone.getByRole('button', { name: 'Sync now' }).click();
	await expect(status(phone)).toHaveText(/^The server cannot be reached.*trying again in \d+ s · 2 waiting$/);
	await expect(status(phone)).toHaveAttribute('data-phase', 'unreachable');

	await couch.bringBack();
	await syncNow(phone);
	const onServer = await couch.get<{ rows: { id: string }[] }>(`/${database}/_all_docs`);
	expect(onServer.rows.filter((row) => row.id.startsWith('review:'))).toHaveLength(3);

	// A second device that starts empty gets all of it, with the same schedules.
	const laptop = await openLaptop(browser, baseURL!);
	await turnOnSync(laptop.page, database);
	await laptop.page.getByRole('button', { name: 'Restore from the server' }).click();
	await expect(status(laptop.page)).toHaveText(/^Synced just now$/);
	expect(await stored(laptop.page)).toEqual(await stored(phone));
	await laptop.context.close();
});

test('an empty device meeting a database with history offers to restore it, and restores it without overwriting anything', async ({ installedApp: phone, browser, baseURL }) => {
	const database = await freshDatabase();
	await turnOnSync(phone, database);
	await expect(status(phone)).toHaveText(/^Synced just now$/);
	await setNewPerDay(phone, '7');
	await answer(phone, 3);
	await syncNow(phone);
	const onServer = async () => (await couch.get<{ rows: { id: string }[] }>(`/${database}/_all_docs`)).rows.map((row) => row.id).sort();
	const serverBefore = await onServer();
	const documents = serverBefore.length;

	// A fresh laptop (or this phone after its storage was cleared) whose user changed a setting first.
	// Its edit is the newest (an hour after the phone's): a usual merge would let it win.
	const laptop = await openLaptop(browser, baseURL!);
	await laptop.page.clock.fastForward('01:00:00');
	await setNewPerDay(laptop.page, '12');
	await turnOnSync(laptop.page, database);
	await expect(status(laptop.page)).toHaveText(`Your history is on the server: ${documents} documents (reviews, own cards, settings …). This device has none yet.`);
	await expect(status(laptop.page)).toHaveAttribute('data-phase', 'restore');
	// While it waits for the user nothing is read into the device or sent from it.
	expect(await countRows(laptop.page, 'reviews')).toBe(0);
	expect(await onServer()).toEqual(serverBefore);
	await laptop.page.goto('/');
	await expect(laptop.page.getByTestId('sync-mark')).toHaveText('Restore from sync?');

	await laptop.page.goto('/settings');
	await laptop.page.getByRole('button', { name: 'Restore from the server' }).click();
	await expect(status(laptop.page)).toHaveText(/^Synced just now$/);
	expect(await stored(laptop.page)).toEqual(await stored(phone));
	await laptop.page.reload();
	await expect(laptop.page.getByLabel('New cards per day')).toHaveValue('7');
	// The server's history is as it was: no review lost, the setting not overwritten by the laptop's.
	expect((await onServer()).filter((id) => id.startsWith('review:'))).toHaveLength(3);
	await syncNow(phone);
	await phone.reload();
	await expect(phone.getByLabel('New cards per day')).toHaveValue('7');
	expect(laptop.violations).toEqual([]);
	await laptop.context.close();
});

test('with sync off nothing leaves the origin, and turning it off makes the policy strict again', async ({ installedApp: page, requests, baseURL }) => {
	const connectSrc = () =>
		page.evaluate(() => /connect-src ([^;]*)/.exec(document.querySelector<HTMLMetaElement>('meta[http-equiv="content-security-policy"]')!.content)![1]);
	await answer(page, 2);
	await page.goto('/settings');
	await expect(page.getByTestId('sync-panel')).toContainText('Nothing leaves this device while it is off.');
	await expect.poll(connectSrc).toBe("'self'");
	expect(requests.offOrigin(baseURL!)).toEqual([]);

	// On: the page's policy and the service worker's header name exactly the server, nothing else.
	const database = await freshDatabase();
	await turnOnSync(page, database);
	await expect(status(page)).toHaveText(/^Synced just now$/);
	await expect.poll(connectSrc).toBe(`'self' ${couch.url}`);
	const response = await page.reload();
	expect(response?.headers()['content-security-policy']).toContain(`connect-src 'self' ${couch.url};`);
	expect(requests.offOrigin(baseURL!).every((url) => url.startsWith(couch.url))).toBe(true);

	// Off: credentials gone, policy back to 'self', and studying sends nothing anywhere.
	await page.getByRole('button', { name: 'Turn sync off' }).click();
	await expect(page.getByTestId('sync-panel')).toContainText('Nothing leaves this device while it is off.');
	await expect.poll(connectSrc).toBe("'self'");
	const sentBefore = requests.offOrigin(baseURL!).length;
	await answer(page, 1);
	await page.goto('/settings');
	expect(requests.offOrigin(baseURL!).length).toBe(sentBefore);
	const config = await page.evaluate(
		() =>
			new Promise<unknown>((resolve) => {
				const open = indexedDB.open('rehearse');
				open.onsuccess = () => {
					const request = open.result.transaction('meta', 'readonly').objectStore('meta').get('syncConfig');
					request.onsuccess = () => (open.result.close(), resolve(request.result ?? null));
				};
			})
	);
	expect(config).toBeNull();
});
