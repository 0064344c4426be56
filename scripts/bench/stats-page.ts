// The stats page with a large history: navigation to /stats until the overview (forecast, decks,
// weakest items) and every chart is painted, read from the page's own marks (set in the task after
// the frame that paints them), on reloads and on in-app taps from Today. Also checks that the chart
// library never loads with the first screen.
import type { BrowserContext, Response, Page } from '@playwright/test';
import { ORIGIN } from './browser.ts';

export interface StatsPageTimings {
	/** Navigation start → all charts drawn, per reload of /stats. */
	reload: number[];
	/** Navigation start → the overview drawn (everything but the calendar, retention and time per day). */
	overview: number[];
	/** Computing the calendar, retention and time per day from the review log's buckets. */
	compute: number[];
	/** Tap on the Stats link in the nav bar → all charts drawn. */
	tap: number[];
	/** The longest main-thread task between navigation start and all charts drawn, per reload. */
	longestTask: number[];
}

const markTimes = (page: Page) =>
	page.evaluate(() => {
		const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
		return {
			overview: at('rehearse:stats-overview-drawn'),
			loaded: at('rehearse:stats-loaded'),
			computed: at('rehearse:stats-computed'),
			drawn: at('rehearse:stats-drawn')
		};
	});

const waitForDrawn = (page: Page, count: number) =>
	page.waitForFunction((n) => performance.getEntriesByName('rehearse:stats-drawn').length >= n, count, { timeout: 60_000 });

export async function timeStatsPage(page: Page, visits: number): Promise<StatsPageTimings> {
	const timings: StatsPageTimings = { reload: [], overview: [], compute: [], tap: [], longestTask: [] };
	// Long tasks (over 50 ms) are what a user feels as a frozen page while the figures load.
	await page.addInitScript(() => {
		const tasks: PerformanceEntry[] = [];
		(globalThis as unknown as { __longTasks: PerformanceEntry[] }).__longTasks = tasks;
		new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
	});
	for (let i = 0; i < visits; i++) {
		await page.goto(`${ORIGIN}/stats`);
		await waitForDrawn(page, 1);
		const marks = await markTimes(page);
		timings.longestTask.push(
			await page.evaluate((until) => {
				const tasks = (globalThis as unknown as { __longTasks?: PerformanceEntry[] }).__longTasks ?? [];
				return Math.max(0, ...tasks.filter((task) => task.startTime <= until).map((task) => task.duration));
			}, marks.drawn)
		);
		timings.reload.push(marks.drawn);
		timings.overview.push(marks.overview);
		timings.compute.push(marks.computed - marks.loaded);
	}
	for (let i = 0; i < visits; i++) {
		await page.goto(`${ORIGIN}/`);
		await page.getByTestId('due-total').waitFor();
		const before = await page.evaluate(() => performance.getEntriesByName('rehearse:stats-drawn').length);
		const started = await page.evaluate(() => performance.now());
		await page.getByRole('link', { name: 'Stats', exact: true }).click();
		await waitForDrawn(page, before + 1);
		const marks = await markTimes(page);
		timings.tap.push(marks.drawn - started);
	}
	return timings;
}

/**
 * The scripts a repeat visit to Today loads, and whether any of them holds uPlot (recognised by
 * class names only its code contains).
 */
export async function chartLibraryOnFirstScreen(context: BrowserContext): Promise<{ scripts: number; withChartLibrary: string[] }> {
	const page = await context.newPage();
	// Bodies are read after Today is drawn, not as each response arrives: a script still loading when
	// the page closes (the worker's registration waits for idle) would reject and end the bench.
	const scripts = new Map<string, Response>();
	page.on('response', (response) => {
		if (response.url().endsWith('.js')) scripts.set(response.url(), response);
	});
	await page.goto(`${ORIGIN}/`);
	await page.getByTestId('due-total').waitFor();
	const withChartLibrary: string[] = [];
	for (const [url, response] of scripts) {
		const body = await response.text().catch(() => '');
		if (/u-legend/.test(body) && /u-cursor-x/.test(body)) withChartLibrary.push(url);
	}
	await page.close();
	return { scripts: scripts.size, withChartLibrary };
}
