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
	const chrome = await launch({
		chromePath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage']
	});
	try {
		const figures: LighthouseFigures[] = [];
		for (const path of paths) {
			// Storage is reset before each run (Lighthouse's default): every page is a first visit.
			const result = await lighthouse(`${origin}${path}`, { port: chrome.port, onlyCategories: ['performance'], formFactor: 'mobile', output: 'json', logLevel: 'error' });
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { audits, categories } = result.lhr;
			figures.push({
				path,
				performance: Math.round((categories.performance.score ?? 0) * 100),
				lcpMs: audits['largest-contentful-paint'].numericValue ?? NaN,
				tbtMs: audits['total-blocking-time'].numericValue ?? NaN,
				cls: audits['cumulative-layout-shift'].numericValue ?? NaN
			});
		}
		return figures;
	} finally {
		await chrome.kill();
	}
}
