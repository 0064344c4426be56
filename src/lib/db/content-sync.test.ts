import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bundle, conceptItem, freshDb, review, tableItem } from './testing';
import { syncContent, syncContentInSlices } from './content-sync';

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

describe('syncContentInSlices', () => {
	const items = (ids: string[]) => ids.map((id) => conceptItem(id));
	/** Slices as the app fetches them; `failAt` makes that slice's fetch fail once. */
	function sliced(slices: ReturnType<typeof items>[], failAt = -1) {
		let failed = false;
		const fetched: number[] = [];
		return {
			fetched,
			source: {
				count: slices.length,
				items: async (index: number) => {
					fetched.push(index);
					if (index === failAt && !failed) {
						failed = true;
						throw new Error('offline');
					}
					return slices[index];
				}
			}
		};
	}
	const state = async (db: Awaited<ReturnType<typeof freshDb>>) => ({
		items: (await db.items.toArray()).map(({ id, archived }) => [id, archived]).sort(),
		cards: (await db.cards.toArray()).map(({ id, archived }) => [id, archived]).sort(),
		hash: (await db.meta.get('contentHash'))?.value
	});

	it('ends where one sync of the whole bundle ends, archiving departed items only at the end', async () => {
		const whole = await freshDb();
		const inSlices = await freshDb();
		for (const db of [whole, inSlices]) await syncContent(db, bundle('h1', items(['a', 'b', 'gone'])), T0);
		await syncContent(whole, bundle('h2', items(['a', 'b', 'c', 'd', 'e'])), T1);
		const stages: string[][] = [];
		const report = await syncContentInSlices(inSlices, 'h2', sliced([items(['a', 'b']), items(['c']), items(['d', 'e'])]).source, T1, async () => {
			stages.push((await inSlices.items.toArray()).filter((item) => item.archived).map((item) => item.id));
		});
		expect(await state(inSlices)).toEqual(await state(whole));
		expect(report).toMatchObject({ added: 3, unchanged: 2, archived: 1, cardsCreated: 3 });
		// While slices land, the departed item is still live and the old hash stays: a half-synced
		// device never claims to hold the new bundle.
		expect(stages).toEqual([[], [], []]);
		expect(await inSlices.meta.get('contentSyncProgress')).toBeUndefined();
	});

	it('resumes after the last stored slice when a reload interrupts it', async () => {
		const db = await freshDb();
		const first = sliced([items(['a']), items(['b']), items(['c'])], 2);
		await expect(syncContentInSlices(db, 'h1', first.source, T0)).rejects.toThrow('offline');
		expect((await db.items.toCollection().primaryKeys()).sort()).toEqual(['a', 'b']);
		expect((await db.meta.get('contentHash'))?.value).toBeUndefined();
		// The next boot fetches the stored slices only for their ids, and writes just the rest.
		await db.items.update('a', { title: 'kept as stored' });
		await syncContentInSlices(db, 'h1', first.source, T1);
		expect((await db.items.get('a'))?.title).toBe('kept as stored');
		expect((await db.items.get('c'))?.updatedAt).toBe(T1);
		expect(await state(db)).toMatchObject({ hash: 'h1', items: [['a', 0], ['b', 0], ['c', 0]] });
	});

	it('does nothing when the bundle is already stored', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', items(['a'])), T0);
		const again = sliced([items(['a'])]);
		expect(await syncContentInSlices(db, 'h1', again.source, T1)).toMatchObject({ skipped: true });
		expect(again.fetched).toEqual([]);
	});
});
