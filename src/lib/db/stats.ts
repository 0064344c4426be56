// Reads for the stats page. With 10,000 cards and 100,000 reviews, reading whole review rows costs
// about a second here (every row is structured-cloned), and even counting them walks the index
// (about 60 ms for the whole log, more for a count per calendar day). So the page reads cards and
// attempts in bulk, and every per-day figure (calendar, retention, time per day) comes from the
// log's quarter-hour buckets, stored in the meta table and read as one row; review rows are read
// only to bring them up to date.
import { bucketList, tallyLog, tallyReview, type AttemptFact, type BucketTally, type CardFact, type ReviewBucket, type ReviewBucketCache } from '$lib/stats';
import type { RehearseDb } from './database';
import type { ReviewRecord } from '$lib/model';
import { getMeta } from './meta';

export interface StatsBasics {
	cards: CardFact[];
	attempts: AttemptFact[];
	/** Topics of every item that has drill attempts. */
	topicsOf: Map<string, string[]>;
}

/** Every card and attempt, and the topics of the drilled items. */
export async function loadStatsBasics(db: RehearseDb): Promise<StatsBasics> {
	return db.transaction('r', [db.cards, db.attempts, db.items], async () => {
		const [cards, attempts] = await Promise.all([db.cards.toArray(), db.attempts.toArray()]);
		const drillIds = [...new Set(attempts.map((attempt) => attempt.itemId))];
		const drills = await db.items.bulkGet(drillIds);
		const topicsOf = new Map<string, string[]>();
		for (const item of drills) if (item) topicsOf.set(item.id, item.topics);
		return { cards, attempts, topicsOf };
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
export async function loadReviewsSince(db: RehearseDb, rowsFrom: number, now: number): Promise<ReviewRecord[]> {
	const rows: ReviewRecord[] = [];
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
 * The review log as quarter-hour buckets (stats/buckets.ts), cached in the meta table under the
 * count and the newest review of the log they were tallied from. Checking that identity costs a
 * count of the whole log (about 60 ms with 100,000 reviews, a full index walk in IndexedDB), so the
 * page reads in two steps: readReviewBuckets gives buckets to draw without counting, then
 * confirmReviewBuckets counts, once the page is drawn, and rebuilds them if they were wrong.
 * loadReviewBuckets does both in one go.
 */
export type StoredBuckets =
	/** The log is empty. */
	| { state: 'empty' }
	/**
	 * Buckets brought up to date from the newest reviews alone; `cache` is what to store once the
	 * count confirms it, and `changed` says whether it differs from what is stored.
	 */
	| { state: 'unconfirmed'; cache: ReviewBucketCache; changed: boolean }
	/** No usable buckets: they must be tallied from every row (rebuildReviewBuckets). */
	| { state: 'stale' };

/** More new reviews than this and one rebuild is cheaper than a per-card lookup each. */
const MAX_INCREMENTAL = 500;

/**
 * The stored buckets, with any answers newer than them added (one per-card lookup each), without
 * counting the log. Their count is only assumed: stored + new. An undo, a restore, a repair or an
 * older review merged in since they were stored is caught by confirmReviewBuckets, or here when the
 * newest review changed in a way new answers cannot explain.
 */
export async function readReviewBuckets(db: RehearseDb): Promise<StoredBuckets> {
	const [cached, newest] = await db.transaction('r', [db.meta, db.reviews], () =>
		Promise.all([getMeta(db, 'reviewBuckets'), db.reviews.orderBy('reviewedAt').last()])
	);
	if (!newest) return { state: 'empty' };
	if (!cached || newest.reviewedAt < cached.newestAt) return { state: 'stale' };
	if (newest.reviewedAt === cached.newestAt) return { state: 'unconfirmed', cache: cached, changed: false };
	const fresh = await newerThan(db, cached);
	if (fresh.length === 0 || fresh.length > MAX_INCREMENTAL) return { state: 'stale' };
	const buckets = bucketList(await extend(db, cached.buckets, fresh));
	// The newest instant is past the stored one, so every review at it is among the fresh ones.
	const idsAtNewest = fresh.filter((row) => row.reviewedAt === newest.reviewedAt).map((row) => row.id);
	const cache: ReviewBucketCache = { reviewCount: cached.reviewCount + fresh.length, newestAt: newest.reviewedAt, idsAtNewest, buckets };
	return { state: 'unconfirmed', cache, changed: true };
}

/**
 * Counts the log and compares it with what `read` assumed. When they agree, stores its buckets (if
 * they changed) and returns null; when not, rebuilds them from every row and returns those.
 */
export async function confirmReviewBuckets(db: RehearseDb, read: StoredBuckets & { state: 'unconfirmed' }, now: number): Promise<ReviewBucket[] | null> {
	const { cache, changed } = read;
	const [reviewCount, newest] = await db.transaction('r', db.reviews, () => Promise.all([db.reviews.count(), db.reviews.orderBy('reviewedAt').last()]));
	if (reviewCount !== cache.reviewCount || newest?.reviewedAt !== cache.newestAt) return rebuildReviewBuckets(db, now);
	if (changed) await db.meta.put({ key: 'reviewBuckets', value: cache });
	return null;
}

/**
 * Tallies every review row into buckets and stores them; nothing is stored for an empty log. The
 * stored identity is that of the rows tallied, so an answer saved meanwhile is caught next time.
 */
export async function rebuildReviewBuckets(db: RehearseDb, now: number): Promise<ReviewBucket[]> {
	const oldest = await db.reviews.orderBy('reviewedAt').first();
	if (!oldest) return [];
	const rows = await loadReviewsSince(db, oldest.reviewedAt, now);
	const buckets = bucketList(tallyLog(rows));
	const newestAt = rows.reduce((latest, row) => Math.max(latest, row.reviewedAt), -Infinity);
	const idsAtNewest = rows.filter((row) => row.reviewedAt === newestAt).map((row) => row.id);
	await db.meta.put({ key: 'reviewBuckets', value: { reviewCount: rows.length, newestAt, idsAtNewest, buckets } });
	return buckets;
}

/** The buckets, checked against the log before they are returned (read, then confirm). */
export async function loadReviewBuckets(db: RehearseDb, now: number): Promise<ReviewBucket[]> {
	const read = await readReviewBuckets(db);
	if (read.state === 'empty') return [];
	if (read.state === 'stale') return rebuildReviewBuckets(db, now);
	return (await confirmReviewBuckets(db, read, now)) ?? read.cache.buckets;
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
