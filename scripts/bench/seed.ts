// Fills the app's IndexedDB (already created by the app) with a large, realistic history: N user
// concept items with one card each, most cards in review with due dates spread around today, and
// R reviews per card in the past. Written from inside the page with the raw IndexedDB API, as a
// long-time user's database would be, without going through the app's code.
import type { Page } from '@playwright/test';

export interface SeedOptions {
	cards: number;
	reviewsPerCard: number;
	/** Cards due today or overdue. */
	dueToday: number;
}

export async function seedLargeHistory(page: Page, options: SeedOptions): Promise<void> {
	await page.evaluate(async ({ cards, reviewsPerCard, dueToday }) => {
		const day = 86_400_000;
		const now = Date.now();
		let seed = 42;
		const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const open = indexedDB.open('rehearse');
			open.onsuccess = () => resolve(open.result);
			open.onerror = () => reject(open.error);
		});
		const put = (stores: string[], fill: (tx: IDBTransaction) => void) =>
			new Promise<void>((resolve, reject) => {
				const tx = db.transaction(stores, 'readwrite');
				fill(tx);
				tx.oncomplete = () => resolve();
				tx.onerror = () => reject(tx.error);
			});

		const chunk = 2_000;
		for (let from = 0; from < cards; from += chunk) {
			await put(['items', 'cards', 'reviews'], (tx) => {
				const items = tx.objectStore('items');
				const cardStore = tx.objectStore('cards');
				const reviews = tx.objectStore('reviews');
				for (let i = from; i < Math.min(cards, from + chunk); i++) {
					const id = `bench-${i}`;
					const deck = ['modeling', 'sql', 'python', 'streaming'][i % 4];
					items.put({
						id,
						kind: 'concept',
						deck,
						title: `Benchmark card ${i}`,
						topics: ['benchmark'],
						difficulty: 1 + (i % 3),
						domain: 'general',
						source: 'bench',
						prompt: `Question ${i}`,
						promptHtml: `<p>Question ${i}: why does the grain of a fact table matter?</p>`,
						answer: `Answer ${i}`,
						answerHtml: `<p>Answer ${i}: it fixes what one row means.</p>`,
						origin: 'user',
						hash: `h${i}`,
						archived: 0,
						updatedAt: now
					});
					const due = i < dueToday ? now - Math.floor(random() * 5 * day) : now + Math.ceil((0.2 + random() * 90) * day);
					const scheduledDays = 1 + Math.floor(random() * 60);
					cardStore.put({
						id: `${id}::main`,
						itemId: id,
						variant: 'main',
						deck,
						phase: 'review',
						due,
						stability: 1 + random() * 100,
						difficulty: 1 + random() * 9,
						elapsedDays: scheduledDays,
						scheduledDays,
						learningSteps: 0,
						reps: reviewsPerCard,
						lapses: Math.floor(random() * 3),
						lastReview: due - scheduledDays * day,
						suspended: 0,
						archived: 0,
						createdAt: now - 200 * day
					});
					for (let r = 0; r < reviewsPerCard; r++) {
						reviews.put({
							id: `bench-review-${i}-${r}`,
							cardId: `${id}::main`,
							itemId: id,
							grade: 1 + Math.floor(random() * 4),
							reviewedAt: now - (2 + (reviewsPerCard - r) * 15) * day + Math.floor(random() * day),
							phaseBefore: r === 0 ? 'new' : 'review',
							durationMs: 4_000 + Math.floor(random() * 20_000),
							score: null,
							mode: 'reveal'
						});
					}
				}
			});
		}
		// Let a long benchmark session through the daily review limit.
		await put(['settings'], (tx) => tx.objectStore('settings').put({ key: 'reviewsPerDay', value: 9_999 }));
		db.close();
	}, options);
}
