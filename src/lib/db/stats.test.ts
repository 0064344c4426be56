import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { conceptItem, card, freshDb, review } from './testing';
import { itemLabels, loadReviewsSince, loadStatsBasics } from './stats';
import type { ItemRecord } from './records';

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
	it('counts reviews per day (start inclusive, end exclusive), reads every card and the topics of drilled items only', async () => {
		const db = await seeded();
		const basics = await loadStatsBasics(db, [
			{ start: 0, end: 100 },
			{ start: 100, end: 300 },
			{ start: 300, end: 400 }
		]);
		expect(basics.reviewCount).toBe(3);
		expect(basics.reviewsPerDay).toEqual([0, 2, 1]);
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
