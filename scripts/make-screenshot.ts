// Takes the README's phone screenshot (docs/phone.png) from the built app: a review card with its
// answer shown. Run after `npm run build`: `npx tsx scripts/make-screenshot.ts`.
import { installApp, phoneContext, startBench, ORIGIN } from './bench/browser.ts';

const bench = await startBench();
try {
	const context = await phoneContext(bench.browser);
	const page = await installApp(context);
	await page.goto(`${ORIGIN}/review`);
	await page.getByRole('button', { name: 'Show answer' }).click();
	await page.getByRole('button', { name: /^Good/ }).waitFor();
	await page.screenshot({ path: 'docs/phone.png' });
	await context.close();
} finally {
	await bench.close();
}
