import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bundle, conceptItem, freshDb, review, tableItem } from './testing';
import { syncContent } from './content-sync';

const T0 = Date.UTC(2026, 0, 5, 9);
const T1 = T0 + 86_400_000;

describe('syncContent', () => {
	it('adds new items with one card per variant', async () => {
		const db = await freshDb();
		const report = await syncContent(db, bundle('h1', [conceptItem('a'), tableItem('t', ['Star schema', 'SCD 2'])]), T0);
		expect(report).toMatchObject({ skipped: false, added: 2, cardsCreated: 4, updated: 0, archived: 0 });
		expect((await db.cards.toCollection().primaryKeys()).sort()).toEqual(
			['a::main', 't::grid', 't::row:scd-2', 't::row:star-schema'].sort()
		);
		const card = await db.cards.get('a::main');
		expect(card).toMatchObject({ phase: 'new', due: T0, createdAt: T0, suspended: 0, archived: 0, deck: 'modeling' });
		expect(await db.meta.get('contentHash')).toEqual({ key: 'contentHash', value: 'h1' });
	});

	it('keeps cards and review history when an item is edited', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [conceptItem('a')]), T0);
		await db.cards.update('a::main', { phase: 'review', reps: 3 });
		const r = review('a::main', T0 + 1000);
		await db.reviews.add(r);

		const report = await syncContent(db, bundle('h2', [conceptItem('a', { answer: 'Edited.' })]), T1);

		expect(report).toMatchObject({ updated: 1, added: 0, cardsCreated: 0 });
		expect(await db.items.get('a')).toMatchObject({ answer: 'Edited.', updatedAt: T1, archived: 0 });
		expect(await db.cards.get('a::main')).toMatchObject({ phase: 'review', reps: 3 });
		expect(await db.reviews.toArray()).toEqual([r]);
	});

	it('archives an item that left the bundle with its cards, and leaves its reviews alone', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [conceptItem('a'), conceptItem('b')]), T0);
		const r = review('b::main', T0 + 1000);
		await db.reviews.add(r);

		const report = await syncContent(db, bundle('h2', [conceptItem('a')]), T1);

		expect(report).toMatchObject({ archived: 1, unchanged: 1 });
		expect(await db.items.get('b')).toMatchObject({ archived: 1 });
		expect(await db.cards.get('b::main')).toMatchObject({ archived: 1 });
		expect(await db.cards.get('a::main')).toMatchObject({ archived: 0 });
		expect(await db.reviews.toArray()).toEqual([r]);
	});

	it('restores an item and its cards when it returns, keeping their state', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [conceptItem('b')]), T0);
		await db.cards.update('b::main', { phase: 'review', reps: 2 });
		await syncContent(db, bundle('h2', []), T1);

		const report = await syncContent(db, bundle('h3', [conceptItem('b')]), T1 + 1);

		expect(report).toMatchObject({ restored: 1, cardsCreated: 0 });
		expect(await db.items.get('b')).toMatchObject({ archived: 0 });
		expect(await db.cards.get('b::main')).toMatchObject({ archived: 0, phase: 'review', reps: 2 });
	});

	it('gives a new table row a card and archives the card of a removed row', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [tableItem('t', ['Star schema', 'SCD 2'])]), T0);

		const report = await syncContent(db, bundle('h2', [tableItem('t', ['Star schema', 'Bridge table'])]), T1);

		expect(report).toMatchObject({ updated: 1, cardsCreated: 1 });
		expect(await db.cards.get('t::row:scd-2')).toMatchObject({ archived: 1 });
		expect(await db.cards.get('t::row:bridge-table')).toMatchObject({ archived: 0, createdAt: T1 });
		expect(await db.cards.get('t::row:star-schema')).toMatchObject({ archived: 0, createdAt: T0 });
	});

	it('moves cards when an item changes deck', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [conceptItem('a')]), T0);
		await syncContent(db, bundle('h2', [conceptItem('a', { deck: 'sql' })]), T1);
		expect(await db.cards.get('a::main')).toMatchObject({ deck: 'sql' });
	});

	it('does nothing when the bundle hash is unchanged', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [conceptItem('a')]), T0);
		// Same hash, different items: proves the items are not even looked at.
		const report = await syncContent(db, bundle('h1', [conceptItem('z')]), T1);
		expect(report).toEqual({ skipped: true, added: 0, updated: 0, archived: 0, restored: 0, unchanged: 0, cardsCreated: 0 });
		expect(await db.items.toCollection().primaryKeys()).toEqual(['a']);
		expect(await db.meta.get('lastSyncAt')).toEqual({ key: 'lastSyncAt', value: T0 });
	});

	it('never archives or overwrites user items', async () => {
		const db = await freshDb();
		const mine = { ...conceptItem('mine'), origin: 'user' as const, hash: 'x', archived: 0 as const, updatedAt: T0 };
		await db.items.put(mine);
		await syncContent(db, bundle('h1', [conceptItem('a')]), T0);
		// Even a bundle item with the same id leaves the user's item as it was.
		await syncContent(db, bundle('h2', [conceptItem('mine', { answer: 'from the bundle' })]), T1);
		expect(await db.items.get('mine')).toEqual(mine);
	});
});
