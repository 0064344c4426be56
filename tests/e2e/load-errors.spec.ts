// Every screen says so when its data cannot be read, and Retry reads it again. Reads fail through
// an init script that makes IndexedDB refuse transactions on the data stores (the boot's own stores,
// meta and settings, keep working) while `window.__failReads` is set.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ROUTES, saveSet } from './routes';

const FAIL_READS = () => {
	const flag = window as unknown as { __failReads?: boolean };
	flag.__failReads = true;
	const transaction = IDBDatabase.prototype.transaction;
	IDBDatabase.prototype.transaction = function (this: IDBDatabase, names: string | string[], ...rest: unknown[]) {
		const stores = typeof names === 'string' ? [names] : Array.from(names);
		// Dexie's open reads every store at once: that one goes through, so the app still starts.
		const opening = stores.length === this.objectStoreNames.length;
		if (flag.__failReads && !opening && stores.some((name) => name !== 'meta' && name !== 'settings')) {
			throw new DOMException('Reads are switched off by the test.', 'NotReadableError');
		}
		return transaction.call(this, names, ...(rest as [IDBTransactionMode?]));
	} as typeof transaction;
};

async function failingThenRetried(page: Page, path: string, loaded: () => Promise<unknown>) {
	await page.goto(path);
	const failed = page.getByTestId('load-failed');
	await expect(failed, path).toContainText('Loading failed (NotReadableError). Nothing saved was changed; try again.');
	await page.evaluate(() => ((window as unknown as { __failReads?: boolean }).__failReads = false));
	await failed.getByRole('button', { name: 'Retry' }).tap();
	await expect(failed, path).toHaveCount(0);
	await loaded();
}

test('each screen whose read fails says so and loads on Retry', async ({ installedApp: page }) => {
	// A card of the user's own, so /mine/<id> has something to open.
	await page.goto('/mine/new?kind=concept');
	await page.getByLabel('Question', { exact: true }).fill('What is a grain?');
	await page.getByLabel('Answer', { exact: true }).fill('What one row means.');
	await page.getByRole('button', { name: 'Save' }).tap();
	await expect(page).toHaveURL(/\/practice\/mine-/);
	const own = new URL(page.url()).pathname.split('/').at(-1)!;

	await page.addInitScript(FAIL_READS);
	await failingThenRetried(page, '/decks', () => expect(page.getByRole('heading', { name: 'Decks', level: 1 })).toBeVisible());
	await failingThenRetried(page, '/mine', () => expect(page.getByText('What is a grain?')).toBeVisible());
	await failingThenRetried(page, `/mine/${own}`, () => expect(page.getByRole('heading', { name: /^Edit/ })).toBeVisible());
	await failingThenRetried(page, `/mine/new?from=${own}`, () => expect(page.getByText('A copy of “What is a grain?”')).toBeVisible());
	await failingThenRetried(page, `/practice/${own}`, () => expect(page.getByText('What is a grain?').first()).toBeVisible());
	await failingThenRetried(page, '/practice', () => expect(page.getByText(/\d+ questions?/).first()).toBeVisible());
	await failingThenRetried(page, '/', () => expect(page.getByRole('heading', { name: 'Today', exact: true })).toBeVisible());
	await failingThenRetried(page, '/design', () => expect(page.getByRole('heading', { name: 'Design', level: 1 })).toBeVisible());
	await failingThenRetried(page, '/stats', () => expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible());
	await failingThenRetried(page, '/playground', () => expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible());
});

/** Screens that read nothing of the user's: a blank form, and the page that is not there. */
const READS_NOTHING = ['/mine/new?kind=concept', '/no-such-page'];

test('every route of the app says so when its read fails, and draws on Retry', async ({ installedApp: page }) => {
	test.setTimeout(240_000);
	await saveSet(page);
	await page.addInitScript(FAIL_READS);
	const reading = ROUTES.filter((route) => !READS_NOTHING.includes(route.path));
	expect(reading.length).toBeGreaterThan(15);
	for (const route of reading) await failingThenRetried(page, route.path, () => route.ready(page));
});
