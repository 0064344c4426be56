// Every screen of the app, with what shows that it has finished drawing: the list the axe and the
// overflow tests walk. A new route goes here, so both tests cover it.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { typeCode } from './editor';

export { typeCode };

/** Every screen, with what shows that it has finished drawing. */
export const ROUTES: { path: string; ready: (page: Page) => Promise<void> }[] = [
	{ path: '/', ready: (page) => expect(page.getByTestId('due-total')).toBeVisible() },
	{ path: '/review', ready: (page) => expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible() },
	{ path: '/practice', ready: (page) => expect(page.getByTestId('result-count')).toHaveText(/\d+ questions/) },
	{ path: '/practice/sqla-ads-click-fact-dedup', ready: editorReady },
	{ path: '/practice/py-sort-leaderboard', ready: editorReady },
	{ path: '/practice/schema-webhook-charges', ready: editorReady },
	{ path: '/practice/modeling-script-read-write-ratio', ready: headingReady },
	{ path: '/practice/modeling-scd-types', ready: headingReady },
	{ path: '/practice/five-phase-modeling', ready: headingReady },
	{ path: '/practice/behavioural-ask-dq-ownership', ready: headingReady },
	{ path: '/decks', ready: (page) => expect(page.getByRole('heading', { name: 'Decks', level: 1 })).toBeVisible() },
	{ path: '/decks/sql', ready: headingReady },
	{ path: '/study/deck:capacity', ready: (page) => expect(page.getByRole('heading', { name: 'Capacity estimates deck', level: 1 })).toBeVisible() },
	{ path: '/design', ready: (page) => expect(page.getByRole('heading', { name: 'Design', level: 1 })).toBeVisible() },
	{ path: '/design/ride-share-trips', ready: (page) => expect(page.locator('svg').first()).toBeVisible() },
	{ path: '/paths/senior-loop-streaming-video', ready: headingReady },
	{ path: '/mine', ready: (page) => expect(page.getByRole('heading', { name: 'My cards', level: 1 })).toBeVisible() },
	{ path: '/mine/new?kind=concept', ready: (page) => expect(page.getByLabel('Question', { exact: true })).toBeVisible() },
	{ path: '/mock', ready: (page) => expect(page.getByRole('heading', { name: 'Mock interview', level: 1 })).toBeVisible() },
	{ path: '/playground', ready: editorReady },
	{ path: '/stats', ready: (page) => expect(page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible() },
	{ path: '/settings', ready: (page) => expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible() },
	{ path: '/study/a11y-set', ready: (page) => expect(page.getByRole('heading', { name: 'Slowly changing things', level: 1 })).toBeVisible() },
	{ path: '/no-such-page', ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible() }
];

async function headingReady(page: Page) {
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** A drill or the playground, once CodeMirror has replaced the plain textarea. */
export async function editorReady(page: Page) {
	await expect(page.locator('.cm-content')).toBeVisible();
}

/** A saved set, written as the bank's Save set would, so /study/<id> has something to show. */
export async function saveSet(page: Page) {
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('sets', 'readwrite');
					tx.objectStore('sets').put({ id: 'a11y-set', name: 'Slowly changing things', filter: null, itemIds: ['modeling-scd-types', 'behavioural-ask-dq-ownership'], createdAt: Date.now() });
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			})
	);
}

