// Review-loop timings: an offline repeat visit until the first due card is visible (the app's own
// `rehearse:card-shown` mark), and answer → next card painted (the tap until the first frame after
// the next card is in the DOM, which is what a user sees).
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
 * Answers `count` cards with Easy by clicking, timing each click → the next card painted, in the
 * page so the figure holds no automation round-trips. "Painted" is the end of the frame after the
 * card's mark: a requestAnimationFrame callback runs just before that frame paints, and a message
 * posted from it arrives after the paint.
 */
export async function timeAnswers(page: Page, count: number): Promise<number[]> {
	await page.goto(`${ORIGIN}/review`);
	await firstCardShownAt(page);
	return page.evaluate(async (n) => {
		const marks = () => performance.getEntriesByName('rehearse:card-shown');
		const button = (label: RegExp) =>
			[...document.querySelectorAll('button')].find((b) => label.test(b.textContent ?? '')) as HTMLButtonElement | undefined;
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		const afterPaint = () =>
			new Promise<number>((resolve) =>
				requestAnimationFrame(() => {
					const channel = new MessageChannel();
					channel.port1.onmessage = () => resolve(performance.now());
					channel.port2.postMessage(0);
				})
			);
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
			await nextMark(before);
			samples.push((await afterPaint()) - start);
		}
		return samples;
	}, count);
}
