// Reads for the stats page, in two steps so the page can draw most of itself before the slow part.
// With 10,000 cards and 100,000 reviews, reading whole review rows costs about a second here
// (every row is structured-cloned), and walking the reviewedAt index with a key cursor is no
// cheaper. So the overview reads cards and attempts in bulk and COUNTS the reviews of each calendar
// day in the index (no row is read); only the history figures (retention, time per day) read whole
// review rows, and only from the window they need. No per-card queries anywhere.
import type { AttemptFact, CardFact, ReviewFact } from '$lib/stats/types';
import type { RehearseDb } from './database';

export interface StatsBasics {
	/** Every review ever stored. */
	reviewCount: number;
	/** Reviews on each of the given days. */
	reviewsPerDay: number[];
	cards: CardFact[];
	attempts: AttemptFact[];
	/** Topics of every item that has drill attempts. */
	topicsOf: Map<string, string[]>;
}

/** Cards, attempts and review counts for `days` (study days as [start, end) instants). */
export async function loadStatsBasics(db: RehearseDb, days: readonly { start: number; end: number }[]): Promise<StatsBasics> {
	return db.transaction('r', [db.reviews, db.cards, db.attempts, db.items], async () => {
		const [reviewCount, reviewsPerDay, cards, attempts] = await Promise.all([
			db.reviews.count(),
			Promise.all(days.map((day) => db.reviews.where('reviewedAt').between(day.start, day.end, true, false).count())),
			db.cards.toArray(),
			db.attempts.toArray()
		]);
		const drillIds = [...new Set(attempts.map((attempt) => attempt.itemId))];
		const drills = await db.items.bulkGet(drillIds);
		const topicsOf = new Map<string, string[]>();
		for (const item of drills) if (item) topicsOf.set(item.id, item.topics);
		return { reviewCount, reviewsPerDay, cards, attempts, topicsOf };
	});
}

/** Rows per slice are read in one go; 14 days keeps each slice's deserialisation short. */
const SLICE_MS = 14 * 86_400_000;

/**
 * Whole review rows since `rowsFrom`, oldest first. Read in two-week slices, one after another:
 * the browser turns a getAll's rows into objects in one main-thread task, and 100,000 rows in one
 * task would freeze the page for a good part of a second, while slices let it scroll and paint
 * between them. A review saved in another tab between two slices may be missed; the page is
 * a snapshot either way.
 */
export async function loadReviewsSince(db: RehearseDb, rowsFrom: number, now: number): Promise<ReviewFact[]> {
	const rows: ReviewFact[] = [];
	for (let from = rowsFrom; ; from += SLICE_MS) {
		const last = from + SLICE_MS > now;
		const slice = last
			? await db.reviews.where('reviewedAt').aboveOrEqual(from).toArray()
			: await db.reviews.where('reviewedAt').between(from, from + SLICE_MS, true, false).toArray();
		for (const row of slice) rows.push(row);
		if (last) return rows;
	}
}

export interface ItemLabel {
	id: string;
	title: string;
	kind: string;
	deck: string;
}

/** Titles for a handful of items (the weakest list), by id; missing ids are skipped. */
export async function itemLabels(db: RehearseDb, ids: readonly string[]): Promise<Map<string, ItemLabel>> {
	const items = await db.items.bulkGet([...ids]);
	const labels = new Map<string, ItemLabel>();
	for (const item of items) if (item) labels.set(item.id, { id: item.id, title: item.title, kind: item.kind, deck: item.deck });
	return labels;
}
