// Review-loop timings: an offline repeat visit until the first due card is visible, and answer →
// next card. Both are read from the app's own `rehearse:card-shown` performance marks.
import type { Page } from '@playwright/test';
import { ORIGIN, firstCardShownAt } from './browser.ts';

/** Navigation start → first card on screen, once per visit, in ms. */
export async function timeFirstCard(page: Page, visits: number): Promise<number[]> {
	const samples: number[] = [];
	for (let i = 0; i < visits; i++) {
		await page.goto(`${ORIGIN}/review`);
		samples.push(await firstCardShownAt(page));
	}
	return samples;
}

/**
 * Answers `count` cards with Easy by clicking, timing each click → next card shown, in the page so
 * the figure holds no automation round-trips.
 */
export async function timeAnswers(page: Page, count: number): Promise<number[]> {
	await page.goto(`${ORIGIN}/review`);
	await firstCardShownAt(page);
	return page.evaluate(async (n) => {
		const marks = () => performance.getEntriesByName('rehearse:card-shown');
		const button = (label: RegExp) =>
			[...document.querySelectorAll('button')].find((b) => label.test(b.textContent ?? '')) as HTMLButtonElement | undefined;
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const nextMark = (after: number) =>
			new Promise<PerformanceEntry>((resolve) => {
				const poll = () => {
					const all = marks();
					if (all.length > after) resolve(all[after]);
					else setTimeout(poll, 0);
				};
				poll();
			});
		const samples: number[] = [];
		for (let i = 0; i < n; i++) {
			button(/^Show answer/)?.click();
			await frame();
			const easy = button(/^Easy/);
			if (!easy) throw new Error(`No Easy button after ${i} answers: the queue ran out.`);
			const before = marks().length;
			const start = performance.now();
			easy.click();
			const shown = await nextMark(before);
			samples.push(shown.startTime - start);
		}
		return samples;
	}, count);
}
