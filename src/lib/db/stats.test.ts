import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { conceptItem, card, freshDb, review } from './testing';
import { confirmReviewBuckets, itemLabels, loadReviewBuckets, loadReviewsSince, loadStatsBasics, readReviewBuckets, rebuildReviewBuckets } from './stats';
import { bucketList, tallyLog } from '$lib/stats';
import { getMeta } from './meta';
import type { ItemRecord } from '$lib/model';

const asRecord = (item: ReturnType<typeof conceptItem>): ItemRecord => ({ ...item, origin: 'bundle', hash: 'h', archived: 0, updatedAt: 0 });

async function seeded() {
	const db = await freshDb();
	await db.items.bulkPut([asRecord(conceptItem('drilled', { topics: ['joins'] })), asRecord(conceptItem('other'))]);
	await db.cards.bulkPut([card('drilled::main'), card('other::main')]);
	await db.reviews.bulkAdd([review('other::main', 300), review('drilled::main', 100), review('other::main', 200)]);
	await db.attempts.add({ id: 'x', itemId: 'drilled', at: 1, code: 'select 1', verdict: 'pass', durationMs: 1, hintsUsed: 0, detail: null });
	return db;
}

describe('loadStatsBasics', () => {
	it('reads every card, the attempts and the topics of drilled items only', async () => {
		const db = await seeded();
		const basics = await loadStatsBasics(db);
		expect(basics.cards.map((c) => c.id).sort()).toEqual(['drilled::main', 'other::main']);
		expect(basics.attempts).toHaveLength(1);
		expect([...basics.topicsOf]).toEqual([['drilled', ['joins']]]);
	});
});

describe('loadReviewsSince', () => {
	it('reads whole review rows from the window, oldest first', async () => {
		const db = await seeded();
		const rows = await loadReviewsSince(db, 200, 1_000);
		expect(rows.map((r) => [r.cardId, r.reviewedAt])).toEqual([
			['other::main', 200],
			['other::main', 300]
		]);
	});

	it('reads across two-week slices without losing or repeating a row at their edges', async () => {
		const db = await freshDb();
		const day = 86_400_000;
		const times = [0, 14 * day - 1, 14 * day, 28 * day, 40 * day, 50 * day];
		await db.reviews.bulkAdd(times.map((t) => review('a::main', t)));
		const rows = await loadReviewsSince(db, 0, 41 * day);
		// The last slice is open-ended: a review stamped after `now` (a clock change) is still read.
		expect(rows.map((r) => r.reviewedAt)).toEqual(times);
	});
});

describe('itemLabels', () => {
	it('names the requested items and skips ids that are gone', async () => {
		const db = await freshDb();
		await db.items.put(asRecord(conceptItem('a', { title: 'Grain of a fact table' })));
		const labels = await itemLabels(db, ['a', 'gone']);
		expect([...labels.keys()]).toEqual(['a']);
		expect(labels.get('a')).toMatchObject({ title: 'Grain of a fact table', kind: 'concept' });
	});
});

describe('loadReviewBuckets', () => {
	const DAY = 86_400_000;
	const NOW = 400 * DAY;
	/** What a full tally of the stored log gives, to compare the cache with. */
	const fromScratch = async (db: Awaited<ReturnType<typeof freshDb>>) => bucketList(tallyLog(await db.reviews.toArray()));

	it('tallies the log once, then serves the cache while the log is unchanged', async () => {
		const db = await freshDb();
		await db.reviews.bulkAdd([review('a::main', 10 * DAY, { phaseBefore: 'new' }), review('a::main', 40 * DAY), review('b::main', 41 * DAY)]);
		const first = await loadReviewBuckets(db, NOW);
		expect(first).toEqual(await fromScratch(db));
		expect((await getMeta(db, 'reviewBuckets'))?.reviewCount).toBe(3);
		// A planted cache with the same identity is returned untouched: no row was read.
		const cache = (await getMeta(db, 'reviewBuckets'))!;
		await db.meta.put({ key: 'reviewBuckets', value: { ...cache, buckets: [] } });
		expect(await loadReviewBuckets(db, NOW)).toEqual([]);
	});

	it('adds only the new answers, each against its card\'s previous review', async () => {
		const db = await freshDb();
		await db.reviews.bulkAdd([review('a::main', 10 * DAY, { phaseBefore: 'new' }), review('b::main', 20 * DAY, { phaseBefore: 'new' })]);
		await loadReviewBuckets(db, NOW);
		// Two answers at one instant, then one later: the cache keeps the ids at its newest instant.
		await db.reviews.bulkAdd([review('a::main', 35 * DAY, { grade: 1 }), review('b::main', 35 * DAY)]);
		expect(await loadReviewBuckets(db, NOW)).toEqual(await fromScratch(db));
		await db.reviews.add(review('a::main', 36 * DAY, { phaseBefore: 'relearning' }));
		expect(await loadReviewBuckets(db, NOW)).toEqual(await fromScratch(db));
		await db.reviews.add(review('a::main', 60 * DAY));
		const buckets = await loadReviewBuckets(db, NOW);
		expect(buckets).toEqual(await fromScratch(db));
		expect(buckets.reduce((n, b) => n + b.reviews, 0)).toBe(6);
		// The new answer was added to the cache, not tallied from every row: a planted bucket survives.
		const planted = { start: -900_000, reviews: 0, durationMs: 0, mature: 0, maturePassed: 0, young: 0, youngPassed: 0 };
		const cache = (await getMeta(db, 'reviewBuckets'))!;
		await db.meta.put({ key: 'reviewBuckets', value: { ...cache, buckets: [planted, ...cache.buckets] } });
		await db.reviews.add(review('b::main', 61 * DAY));
		expect((await loadReviewBuckets(db, NOW))[0]).toEqual(planted);
	});

	it('rebuilds after an undo, an older review arriving, or a repair', async () => {
		const db = await freshDb();
		const last = review('a::main', 50 * DAY);
		await db.reviews.bulkAdd([review('a::main', 10 * DAY, { phaseBefore: 'new' }), last]);
		await loadReviewBuckets(db, NOW);
		await db.reviews.delete(last.id); // undo
		expect(await loadReviewBuckets(db, NOW)).toEqual(await fromScratch(db));
		await db.reviews.add(review('b::main', 5 * DAY, { phaseBefore: 'new' })); // merged from a backup
		expect(await loadReviewBuckets(db, NOW)).toEqual(await fromScratch(db));
		await db.meta.delete('reviewBuckets'); // what the integrity repair does after changing rows
		expect(await loadReviewBuckets(db, NOW)).toEqual(await fromScratch(db));
	});

	it('is empty, and stores nothing, with no reviews', async () => {
		const db = await freshDb();
		expect(await loadReviewBuckets(db, NOW)).toEqual([]);
		expect(await getMeta(db, 'reviewBuckets')).toBeUndefined();
	});
});

describe('readReviewBuckets and confirmReviewBuckets', () => {
	const DAY = 86_400_000;
	const NOW = 400 * DAY;
	const fromScratch = async (db: Awaited<ReturnType<typeof freshDb>>) => bucketList(tallyLog(await db.reviews.toArray()));

	it('gives the stored buckets without counting the log, and the count then catches an older review deleted', async () => {
		const db = await freshDb();
		const older = review('a::main', 20 * DAY);
		await db.reviews.bulkAdd([review('a::main', 10 * DAY, { phaseBefore: 'new' }), older, review('a::main', 50 * DAY)]);
		await rebuildReviewBuckets(db, NOW);
		const stored = (await getMeta(db, 'reviewBuckets'))!;
		// The newest review is unchanged, so only a count can tell.
		await db.reviews.delete(older.id);
		const read = await readReviewBuckets(db);
		expect(read).toEqual({ state: 'unconfirmed', cache: stored, changed: false });
		if (read.state !== 'unconfirmed') return;
		const rebuilt = await confirmReviewBuckets(db, read, NOW);
		expect(rebuilt).toEqual(await fromScratch(db));
		expect((await getMeta(db, 'reviewBuckets'))?.reviewCount).toBe(2);
	});

	it('adds new answers at once but stores them only once the count agrees', async () => {
		const db = await freshDb();
		await db.reviews.bulkAdd([review('a::main', 10 * DAY, { phaseBefore: 'new' }), review('b::main', 20 * DAY, { phaseBefore: 'new' })]);
		await rebuildReviewBuckets(db, NOW);
		const before = await getMeta(db, 'reviewBuckets');
		await db.reviews.bulkAdd([review('a::main', 35 * DAY, { grade: 1 }), review('b::main', 36 * DAY)]);
		const read = await readReviewBuckets(db);
		if (read.state !== 'unconfirmed') throw new Error(`expected unconfirmed buckets, got ${read.state}`);
		expect(read.changed).toBe(true);
		expect(read.cache.buckets).toEqual(await fromScratch(db));
		expect(await getMeta(db, 'reviewBuckets')).toEqual(before);
		expect(await confirmReviewBuckets(db, read, NOW)).toBeNull();
		expect(await getMeta(db, 'reviewBuckets')).toEqual(read.cache);
	});

	it('asks for a rebuild when nothing usable is stored, and the rebuild is then read as is', async () => {
		const db = await freshDb();
		expect(await readReviewBuckets(db)).toEqual({ state: 'empty' });
		await db.reviews.bulkAdd([review('a::main', 10 * DAY, { phaseBefore: 'new' }), review('a::main', 40 * DAY)]);
		expect(await readReviewBuckets(db)).toEqual({ state: 'stale' });
		expect(await rebuildReviewBuckets(db, NOW)).toEqual(await fromScratch(db));
		const read = await readReviewBuckets(db);
		expect(read).toMatchObject({ state: 'unconfirmed', changed: false, cache: { reviewCount: 2, newestAt: 40 * DAY } });
		// The integrity repair drops the buckets after changing rows: the next read rebuilds.
		await db.meta.delete('reviewBuckets');
		expect(await readReviewBuckets(db)).toEqual({ state: 'stale' });
		// So does an undo of the newest answer.
		await rebuildReviewBuckets(db, NOW);
		await db.reviews.where('reviewedAt').equals(40 * DAY).delete();
		expect(await readReviewBuckets(db)).toEqual({ state: 'stale' });
	});
});
