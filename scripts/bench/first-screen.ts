// JavaScript the first screen needs, gzipped: every script the page loads until Today shows its
// counts, or onboarding on a first run. Measured three ways in one fresh profile:
// - first visit: empty cache, a first run, so Today shows onboarding (and the content bundle is
//   stored while it does); the user then taps Skip, as a returning user once did;
// - repeat visit: that returning user opening the app again (content on the device, onboarding
//   done): the figure the budget is for;
// - onboarding on a repeat visit (`/?setup`, the same screen a first run shows), for reference.
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from '@playwright/test';
import { ORIGIN, waitForBank } from './browser.ts';

export interface ScriptWeight {
	files: number;
	gzipBytes: number;
	/** Each script's path and gzipped size, largest first: what to look at when the total grows. */
	scripts: { path: string; gzipBytes: number }[];
}

export interface FirstScreenWeights {
	/** Empty cache, first run: onboarding on Today. */
	first: ScriptWeight;
	/** A returning user's Today: counts drawn. */
	repeat: ScriptWeight;
	/** Onboarding again (`/?setup`) with everything cached. */
	onboarding: ScriptWeight;
}

/** Scripts `page` loads during `visit` until `shown` is visible. */
async function scriptsLoadedBy(page: Page, visit: () => Promise<unknown>, shown: string): Promise<ScriptWeight> {
	const responses: Response[] = [];
	const onResponse = (response: Response) => {
		if (response.request().resourceType() === 'script' || response.url().endsWith('.js')) responses.push(response);
	};
	page.on('response', onResponse);
	await visit();
	await page.getByTestId(shown).waitFor();
	page.off('response', onResponse);
	const unique = new Map(responses.map((r) => [r.url(), r]));
	const scripts: ScriptWeight['scripts'] = [];
	for (const [url, response] of unique) scripts.push({ path: new URL(url).pathname, gzipBytes: gzipSync(await response.body()).length });
	scripts.sort((a, b) => b.gzipBytes - a.gzipBytes);
	return { files: unique.size, gzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0), scripts };
}

export async function measureFirstScreen(context: BrowserContext): Promise<FirstScreenWeights> {
	const page = await context.newPage();
	const first = await scriptsLoadedBy(page, () => page.goto(`${ORIGIN}/`), 'onboarding');
	// One tap, as a user does: from now on this profile is a returning user's.
	await page.getByTestId('onboarding').getByRole('button', { name: /^Skip/ }).tap();
	await page.getByTestId('due-total').waitFor();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	// A returning user has the whole bank: the first visit stores it after its first screen.
	await waitForBank(page);

	const again = await context.newPage();
	const repeat = await scriptsLoadedBy(again, () => again.goto(`${ORIGIN}/`), 'due-total');
	const setup = await context.newPage();
	const onboarding = await scriptsLoadedBy(setup, () => setup.goto(`${ORIGIN}/?setup`), 'onboarding');
	for (const p of [page, again, setup]) await p.close();
	return { first, repeat, onboarding };
}
