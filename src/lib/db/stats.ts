// Reads for the stats page, in two steps so the page can draw most of itself before the slow part.
// With 10,000 cards and 100,000 reviews, reading whole review rows costs about a second here
// (every row is structured-cloned), and walking the reviewedAt index with a key cursor is no
// cheaper. So the overview reads cards and attempts in bulk and COUNTS the reviews of each calendar
// day in the index (no row is read); only the history figures (retention, time per day) read whole
// review rows, and only from the window they need. No per-card queries anywhere.
import { bucketList, tallyLog, tallyReview, type AttemptFact, type BucketTally, type CardFact, type ReviewBucket, type ReviewBucketCache, type ReviewFact } from '$lib/stats';
import type { RehearseDb } from './database';
import type { ReviewRecord } from '$lib/model';
import { getMeta } from './meta';

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

/**
 * The review log as quarter-hour buckets (stats/buckets.ts), cached in the meta table and checked
 * against the log on every read: while the count and the newest review match, it is used as is;
 * when only newer reviews were added (answers, a sync), just those are tallied; anything else (an
 * undo, a restore, a repair) rebuilds it from every row, once.
 */
/** More new reviews than this and one rebuild is cheaper than a per-card lookup each. */
const MAX_INCREMENTAL = 500;

export async function loadReviewBuckets(db: RehearseDb, now: number): Promise<ReviewBucket[]> {
	const cached = await getMeta(db, 'reviewBuckets');
	const [reviewCount, newest] = await Promise.all([db.reviews.count(), db.reviews.orderBy('reviewedAt').last()]);
	if (!newest) return [];
	if (cached && cached.reviewCount === reviewCount && cached.newestAt === newest.reviewedAt) return cached.buckets;
	const fresh = cached && reviewCount > cached.reviewCount && newest.reviewedAt >= cached.newestAt ? await newerThan(db, cached) : null;
	const tally =
		cached && fresh && cached.reviewCount + fresh.length === reviewCount && fresh.length <= MAX_INCREMENTAL
			? await extend(db, cached.buckets, fresh)
			: tallyLog(await loadReviewsSince(db, (await db.reviews.orderBy('reviewedAt').first())!.reviewedAt, now));
	const buckets = bucketList(tally);
	const latest = await db.reviews.where('reviewedAt').equals(newest.reviewedAt).primaryKeys();
	const cache: ReviewBucketCache = { reviewCount, newestAt: newest.reviewedAt, idsAtNewest: latest as string[], buckets };
	await db.meta.put({ key: 'reviewBuckets', value: cache });
	return buckets;
}

/** The reviews the cache has not counted: from its newest instant on, less the ones it has. */
async function newerThan(db: RehearseDb, cached: ReviewBucketCache): Promise<ReviewRecord[]> {
	const known = new Set(cached.idsAtNewest);
	const rows = await db.reviews.where('reviewedAt').aboveOrEqual(cached.newestAt).toArray();
	return rows.filter((row) => !known.has(row.id));
}

/** Adds `fresh` reviews to stored buckets, each with its card's previous review from the log. */
async function extend(db: RehearseDb, buckets: readonly ReviewBucket[], fresh: readonly ReviewRecord[]): Promise<BucketTally> {
	const tally: BucketTally = new Map(buckets.map((bucket) => [bucket.start, { ...bucket }]));
	const cardIds = [...new Set(fresh.map((row) => row.cardId))];
	const histories = await Promise.all(cardIds.map((id) => db.reviews.where('cardId').equals(id).toArray()));
	const timesOf = new Map(cardIds.map((id, i) => [id, histories[i].map((row) => row.reviewedAt).sort((a, b) => a - b)]));
	for (const row of fresh) {
		const times = timesOf.get(row.cardId)!;
		const earlier = times.filter((time) => time < row.reviewedAt);
		tallyReview(tally, row, earlier.length ? earlier[earlier.length - 1] : undefined);
	}
	return tally;
}
