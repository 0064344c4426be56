// /stats with a few weeks of history: some answers given through the review screen today, the rest
// written into IndexedDB with dates spread over seven weeks, as a returning user's log would be.
import { expect, test } from './fixtures';

// The fake clock also replaces `performance`, so the page's marks (which these tests wait for) would
// never be seen: the stats tests keep the real clock. Their history is seeded relative to the
// page's own "now", so they do not depend on the time of day.
test.use({ pinClock: false });

const DAY = 86_400_000;

/** Reviews written per seeded card: [days ago, grade]; the first is the card's first review. */
const HISTORY: [number, 1 | 2 | 3 | 4][] = [
	[48, 3],
	[45, 3],
	[20, 1], // 25 days after the last one: a mature review, forgotten
	[19, 3],
	[5, 3]
];

test('stats draws the seeded history, links the weakest items and fits a phone', async ({ installedApp: page }, testInfo) => {
	// Two answers through the UI, today.
	await page.getByRole('link', { name: /^Start/ }).tap();
	for (let i = 0; i < 2; i++) {
		await page.getByRole('button', { name: 'Show answer' }).tap();
		await page.getByRole('button', { name: /^Good/ }).tap();
	}
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();

	// Older history for six cards, plus one checked SQL drill. Returns the expected reviews per study day
	// (study days start at 04:00 local, the default) and the item with the most lapses.
	const seeded = await page.evaluate(
		async ({ history, day }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const open = indexedDB.open('rehearse');
				open.onsuccess = () => resolve(open.result);
				open.onerror = () => reject(open.error);
			});
			const all = <T>(store: string) =>
				new Promise<T[]>((resolve, reject) => {
					const request = db.transaction(store).objectStore(store).getAll();
					request.onsuccess = () => resolve(request.result as T[]);
					request.onerror = () => reject(request.error);
				});
			type Card = { id: string; itemId: string; phase: string; [key: string]: unknown };
			type Item = { id: string; kind: string; topics: string[] };
			const cards = (await all<Card>('cards')).filter((card) => card.phase === 'new');
			const items = await all<Item>('items');
			const chosen = cards.filter((card, index) => cards.findIndex((other) => other.itemId === card.itemId) === index).slice(0, 6);
			const drill = items.find((item) => item.kind === 'sql' && item.topics.length)!;

			const now = Date.now();
			const studyDay = (t: number) => {
				const local = new Date(t - 4 * 3_600_000);
				return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
			};
			const perDay: Record<string, number> = {};
			const tx = db.transaction(['cards', 'reviews', 'attempts'], 'readwrite');
			chosen.forEach((card, c) => {
				const lapses = c; // card 5 lapsed most
				history.forEach(([daysAgo, grade], r) => {
					const reviewedAt = now - daysAgo * day - c * 60_000;
					perDay[studyDay(reviewedAt)] = (perDay[studyDay(reviewedAt)] ?? 0) + 1;
					tx.objectStore('reviews').put({
						id: crypto.randomUUID(),
						cardId: card.id,
						itemId: card.itemId,
						grade,
						reviewedAt,
						phaseBefore: r === 0 ? 'new' : r === 3 ? 'relearning' : 'review',
						durationMs: 8_000 + c * 1_000,
						score: null,
						mode: 'reveal'
					});
				});
				const lastReview = now - 5 * day;
				tx.objectStore('cards').put({
					...card,
					phase: 'review',
					due: now + (3 + c * 4) * day,
					stability: 4 + c * 10,
					difficulty: 5,
					elapsedDays: 14,
					scheduledDays: 8 + c * 4,
					learningSteps: 0,
					reps: history.length,
					lapses,
					lastReview
				});
			});
			for (const verdict of ['fail', 'pass', 'pass']) {
				tx.objectStore('attempts').put({ id: crypto.randomUUID(), itemId: drill.id, at: now - day, code: 'select 1', verdict, durationMs: 30_000, hintsUsed: 0, detail: null });
			}
			await new Promise((resolve, reject) => {
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
			perDay[studyDay(now)] = (perDay[studyDay(now)] ?? 0) + 2; // the two answers given above
			return { perDay, weakest: chosen[5].itemId, topic: drill.topics[0] };
		},
		{ history: HISTORY, day: DAY }
	);

	await page.goto('/stats');
	await expect(page.getByRole('heading', { name: 'Stats', exact: true })).toBeVisible();
	await page.waitForFunction(() => performance.getEntriesByName('rehearse:stats-drawn').length > 0);

	// The heatmap has exactly the seeded days, with their counts.
	const heatmap = page.locator('svg.heatmap');
	await expect(heatmap).toBeVisible();
	for (const [key, count] of Object.entries(seeded.perDay)) {
		await expect(heatmap.locator(`rect[data-day="${key}"]`)).toHaveAttribute('data-count', String(count));
	}
	const active = await heatmap.locator('rect').evaluateAll((rects) => rects.filter((rect) => rect.getAttribute('data-count') !== '0').length);
	expect(active).toBe(Object.keys(seeded.perDay).length);

	// The uPlot charts drew on canvases of real size.
	for (const id of ['forecast', 'retention', 'activity']) {
		const canvas = page.locator(`section[aria-labelledby="${id}-title"] canvas`).first();
		const box = await canvas.boundingBox();
		expect(box?.width, `${id} chart width`).toBeGreaterThan(200);
		expect(box?.height, `${id} chart height`).toBeGreaterThan(100);
	}
	await expect(page.locator('#forecast-title + .summary')).toContainText('due in the next 30 days');
	await expect(page.locator('#retention-title + .summary')).toContainText(/\d+% on mature cards/);
	await expect(page.locator('section[aria-labelledby="topics-title"]').getByText(seeded.topic, { exact: true })).toBeVisible();

	// No horizontal scrolling at 360 px.
	const overflow = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		width: window.innerWidth,
		widest: Math.max(...[...document.querySelectorAll('main section')].map((section) => section.getBoundingClientRect().right))
	}));
	expect(overflow.scroll).toBeLessThanOrEqual(overflow.width);
	expect(overflow.widest).toBeLessThanOrEqual(overflow.width);

	// Screenshots in both themes, to look at.
	await page.screenshot({ path: testInfo.outputPath('stats-light.png'), fullPage: true });
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(page.locator('section[aria-labelledby="forecast-title"] canvas').first()).toBeVisible();
	await page.screenshot({ path: testInfo.outputPath('stats-dark.png'), fullPage: true });

	// The weakest item first, one tap away.
	const weakest = page.locator('section[aria-labelledby="weakest-title"] a');
	await expect(weakest.first()).toHaveAttribute('href', `/practice/${encodeURIComponent(seeded.weakest)}`);
	expect(await weakest.count()).toBeGreaterThanOrEqual(6);
	await weakest.first().tap();
	await expect(page).toHaveURL(new RegExp(`/practice/${encodeURIComponent(seeded.weakest)}$`));
});

test('a new user sees an empty state instead of empty charts', async ({ installedApp: page }) => {
	await page.goto('/stats');
	await expect(page.getByRole('heading', { name: 'No reviews yet' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Progress by deck' })).toBeVisible();
	await expect(page.locator('canvas')).toHaveCount(0);
	await page.waitForFunction(() => performance.getEntriesByName('rehearse:stats-drawn').length > 0);
});

test('a card just answered Again reads as forgotten under Weakest items, and every month name fits', async ({ installedApp: page }) => {
	// One card learned weeks ago and due now, as a returning user's would be.
	const itemId = await page.evaluate(async (day) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('rehearse');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const request = db.transaction('cards').objectStore('cards').getAll();
		const cards = await new Promise<{ id: string; itemId: string; phase: string }[]>((resolve) => (request.onsuccess = () => resolve(request.result)));
		const card = cards.find((c) => c.phase === 'new')!;
		const now = Date.now();
		const tx = db.transaction(['cards', 'reviews'], 'readwrite');
		tx.objectStore('reviews').put({ id: crypto.randomUUID(), cardId: card.id, itemId: card.itemId, grade: 3, reviewedAt: now - 20 * day, phaseBefore: 'new', durationMs: 9_000, score: null, mode: 'reveal' });
		tx.objectStore('cards').put({ ...card, phase: 'review', due: now - 3_600_000, stability: 15, difficulty: 5, elapsedDays: 20, scheduledDays: 15, learningSteps: 0, reps: 1, lapses: 0, lastReview: now - 20 * day });
		await new Promise((resolve, reject) => {
			tx.oncomplete = resolve;
			tx.onerror = () => reject(tx.error);
		});
		db.close();
		return card.itemId;
	}, DAY);

	// A session opens with the due review: forget it.
	await page.goto('/review');
	await page.getByRole('button', { name: 'Show answer' }).tap();
	await page.getByRole('button', { name: /^Again/ }).tap();
	await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();

	await page.goto('/stats');
	await page.waitForFunction(() => performance.getEntriesByName('rehearse:stats-drawn').length > 0);
	const row = page.locator('section[aria-labelledby="weakest-title"] li').filter({ has: page.locator(`a[href="/practice/${encodeURIComponent(itemId)}"]`) });
	await expect(row).toContainText('1 lapse · forgotten last time, relearning');
	await expect(row).not.toContainText('likely to recall now');

	// Month names sit inside the calendar, the last one included.
	const heatmap = page.locator('svg.heatmap');
	const frame = (await heatmap.boundingBox())!;
	const labels = heatmap.locator('text');
	for (let i = 0; i < (await labels.count()); i++) {
		const box = (await labels.nth(i).boundingBox())!;
		expect(box.x + box.width, `label ${i} right edge`).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
		expect(box.x).toBeGreaterThanOrEqual(frame.x - 0.5);
	}
});

test('a review removed behind the page’s back is caught once the page is drawn, and the calendar redrawn', async ({ installedApp: page }) => {
	// Three reviews of one card, 10, 5 and 2 days ago; the middle one goes later, leaving the newest.
	const write = (change: 'seed' | 'remove-middle') =>
		page.evaluate(
			async ({ change, day }) => {
				const db = await new Promise<IDBDatabase>((resolve, reject) => {
					const open = indexedDB.open('rehearse');
					open.onsuccess = () => resolve(open.result);
					open.onerror = () => reject(open.error);
				});
				const now = Date.now();
				const tx = db.transaction(['cards', 'reviews'], 'readwrite');
				if (change === 'remove-middle') tx.objectStore('reviews').delete('stats-check-5');
				else {
					const request = tx.objectStore('cards').getAll();
					request.onsuccess = () => {
						const card = (request.result as { id: string; itemId: string }[])[0];
						for (const daysAgo of [10, 5, 2]) {
							const reviewedAt = now - daysAgo * day;
							tx.objectStore('reviews').put({ id: `stats-check-${daysAgo}`, cardId: card.id, itemId: card.itemId, grade: 3, reviewedAt, phaseBefore: 'review', durationMs: 9_000, score: null, mode: 'reveal' });
						}
					};
				}
				await new Promise((resolve, reject) => {
					tx.oncomplete = resolve;
					tx.onerror = () => reject(tx.error);
				});
				db.close();
				// The study day (from 04:00 local, the default) of the review 5 days ago.
				const local = new Date(now - 5 * day - 4 * 3_600_000);
				return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
			},
			{ change, day: DAY }
		);
	const middleDay = await write('seed');
	const middle = page.locator(`svg.heatmap rect[data-day="${middleDay}"]`);

	// The first visit tallies the log and stores its buckets.
	await page.goto('/stats');
	await expect(middle).toHaveAttribute('data-count', '1');

	// The newest review is unchanged, so only counting the log shows the stored buckets are wrong:
	// the page draws from them, counts once it has drawn, and redraws from a rebuild.
	await write('remove-middle');
	await page.goto('/stats');
	await page.waitForFunction(() => performance.getEntriesByName('rehearse:stats-drawn').length > 0);
	await expect(middle).toHaveAttribute('data-count', '0');
	await expect(page.locator('#calendar-title + .summary')).toContainText('2 reviews on 2 days');
});
