// `npm run bench`: drives the built app in headless Chromium and prints each figure beside its
// budget from DESIGN.md. Run `npm run build` first.
import { installApp, phoneContext, startBench } from './bench/browser.ts';
import { measureFirstScreen } from './bench/first-screen.ts';
import { kb, ms, printFigures, type Figure } from './bench/report.ts';
import { timeAnswers, timeFirstCard } from './bench/review.ts';
import { seedLargeHistory } from './bench/seed.ts';
import { median, percentile } from './bench/stats.ts';

const LARGE = { cards: 10_000, reviewsPerCard: 10, dueToday: 800 };
const figures: Figure[] = [];
const bench = await startBench();

try {
	// First-screen JavaScript, in a fresh profile.
	{
		const context = await phoneContext(bench.browser);
		const { first, repeat } = await measureFirstScreen(context);
		figures.push({
			what: 'first-screen JS, repeat visit (gzip)',
			measured: `${kb(repeat.gzipBytes)} in ${repeat.files} files`,
			budget: '≤ 100 KB',
			ok: repeat.gzipBytes <= 100 * 1024
		});
		figures.push({
			what: 'first visit JS incl. content bundle (gzip)',
			measured: `${kb(first.gzipBytes)} in ${first.files} files`,
			budget: '(reference)',
			ok: null
		});
		await context.close();
	}

	// Review timings with 10,000 cards and 100,000 reviews on the device, offline.
	{
		const context = await phoneContext(bench.browser);
		const page = await installApp(context);
		const started = performance.now();
		await seedLargeHistory(page, LARGE);
		console.log(`seeded ${LARGE.cards} cards and ${LARGE.cards * LARGE.reviewsPerCard} reviews in ${ms(performance.now() - started)}`);
		await context.setOffline(true);

		const firstCard = await timeFirstCard(page, 12);
		// The first visit warms caches the later ones share, like a real repeat visit.
		const repeatVisits = firstCard.slice(2);
		figures.push({
			what: 'offline repeat visit → first due card (median)',
			measured: `${ms(median(repeatVisits))} (p95 ${ms(percentile(repeatVisits, 95))})`,
			budget: '≤ 500 ms',
			ok: median(repeatVisits) <= 500
		});

		const answers = await timeAnswers(page, 150);
		const warm = answers.slice(5);
		figures.push({
			what: 'answer → next card, median',
			measured: ms(median(warm)),
			budget: '≤ 16 ms',
			ok: median(warm) <= 16
		});
		figures.push({
			what: 'answer → next card, p95',
			measured: ms(percentile(warm, 95)),
			budget: '≤ 50 ms',
			ok: percentile(warm, 95) <= 50
		});
		await context.close();
	}
} finally {
	await bench.close();
}

console.log('');
printFigures(figures);
