// JavaScript the first screen needs, gzipped: every script the page loads until Today shows its
// counts, or onboarding on a first run. Measured on a first visit (which also loads the content bundle to fill the database) and
// on a repeat visit (content already on the device).
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page, Response } from '@playwright/test';
import { ORIGIN } from './browser.ts';

export interface ScriptWeight {
	files: number;
	gzipBytes: number;
}

async function scriptsLoadedBy(page: Page, visit: () => Promise<unknown>): Promise<ScriptWeight> {
	const responses: Response[] = [];
	const onResponse = (response: Response) => {
		if (response.request().resourceType() === 'script' || response.url().endsWith('.js')) responses.push(response);
	};
	page.on('response', onResponse);
	await visit();
	// A first run shows onboarding on Today (with its lazily loaded parts) instead of the counts:
	// whichever Today draws is the first screen.
	await page.getByTestId('due-total').or(page.getByTestId('onboarding')).first().waitFor();
	page.off('response', onResponse);
	const unique = new Map(responses.map((r) => [r.url(), r]));
	let gzipBytes = 0;
	for (const response of unique.values()) gzipBytes += gzipSync(await response.body()).length;
	return { files: unique.size, gzipBytes };
}

export async function measureFirstScreen(context: BrowserContext): Promise<{ first: ScriptWeight; repeat: ScriptWeight }> {
	const page = await context.newPage();
	const first = await scriptsLoadedBy(page, () => page.goto(`${ORIGIN}/`));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	const again = await context.newPage();
	const repeat = await scriptsLoadedBy(again, () => again.goto(`${ORIGIN}/`));
	await page.close();
	await again.close();
	return { first, repeat };
}
