// Lighthouse (mobile, default throttling) on a first visit with an empty cache, as a new user meets
// the app: Performance, LCP, TBT and CLS for each page. Lighthouse 12.2.3, the last that runs on
// Node 20; it drives its own headless Chromium (Debian's, or CHROMIUM_PATH).
import { launch } from 'chrome-launcher';
import { existsSync } from 'node:fs';
import lighthouse from 'lighthouse';

export interface LighthouseFigures {
	path: string;
	performance: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
}

export async function runLighthouse(origin: string, paths: readonly string[]): Promise<LighthouseFigures[]> {
	const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const figures: LighthouseFigures[] = [];
	for (const path of paths) figures.push(await firstVisit(chromePath, `${origin}${path}`, path));
	return figures;
}

/**
 * One page in a browser of its own. Lighthouse's storage reset between pages of one browser left
 * the previous page's IndexedDB behind (measured: /review drew its first card with no content
 * request, after /), so a shared browser measured a repeat visit and called it a first one.
 * A trace now and then comes back without a navigation start (NO_NAVSTART): that page is measured
 * again, in a new browser for the same reason.
 */
async function firstVisit(chromePath: string | undefined, url: string, path: string): Promise<LighthouseFigures> {
	for (let attempt = 1; ; attempt++) {
		const chrome = await launch({
			chromePath,
			chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage']
		});
		try {
			const result = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], formFactor: 'mobile', output: 'json', logLevel: 'error' });
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { audits, categories, runtimeError } = result.lhr;
			if (runtimeError && attempt < 3) continue;
			if (runtimeError) throw new Error(`Lighthouse failed on ${path}: ${runtimeError.code} ${runtimeError.message}`);
			return {
				path,
				performance: Math.round((categories.performance.score ?? 0) * 100),
				lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
				tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
				cls: audits['cumulative-layout-shift'].numericValue ?? NaN
			};
		} finally {
			await chrome.kill();
		}
	}
}
