import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { stored, sqlItem } from './bank-testing';
import { deleteSet, getSet, itemIdsOfSet, listSets, renameSet, saveSet, SetError } from './sets';
import { card, conceptItem, freshDb } from './testing';

const NOW = Date.UTC(2026, 10, 14, 12);

async function bankDb() {
	const db = await freshDb();
	await db.items.bulkPut([
		stored(conceptItem('scd', { title: 'Slowly changing dimensions', topics: ['scd'] })),
		stored(conceptItem('grain', { title: 'Grain of a fact', topics: ['grain'] })),
		stored(sqlItem('rank', 'Rank with ties')),
		stored(sqlItem('old', 'Old drill'), { archived: 1 })
	]);
	await db.cards.bulkPut([card('scd::main', { phase: 'review', due: NOW - 1 }), card('grain::main'), card('rank::solve')]);
	return db;
}

describe('saved sets', () => {
	it('saves, lists newest first, renames and deletes', async () => {
		const db = await freshDb();
		const first = await saveSet(db, { name: '  Stripe   onsite ', filter: '?kind=sql' }, NOW);
		const second = await saveSet(db, { name: 'window functions', itemIds: ['a', 'b', 'a'] }, NOW + 1);
		expect(first).toMatchObject({ name: 'Stripe onsite', filter: 'kind=sql', itemIds: null, createdAt: NOW });
		expect(second).toMatchObject({ filter: null, itemIds: ['a', 'b'] });
		expect((await listSets(db)).map((set) => set.name)).toEqual(['window functions', 'Stripe onsite']);

		await renameSet(db, first.id, 'Stripe loop');
		expect((await getSet(db, first.id))?.name).toBe('Stripe loop');

		await deleteSet(db, second.id);
		expect(await getSet(db, second.id)).toBeNull();
		expect((await listSets(db)).map((set) => set.name)).toEqual(['Stripe loop']);
	});

	it('refuses to delete a set an interview covers, naming the interview, and keeps both', async () => {
		const db = await freshDb();
		const set = await saveSet(db, { name: 'window functions', filter: 'kind=sql' }, NOW);
		await db.interviews.put({ id: 'iv', name: 'Stripe onsite', date: '2026-12-14', deckIds: [], setIds: [set.id], createdAt: NOW });
		await expect(deleteSet(db, set.id)).rejects.toThrow(
			'"window functions" is part of the interview "Stripe onsite". Remove it from that interview in Settings first.'
		);
		expect(await getSet(db, set.id)).not.toBeNull();
		expect((await db.interviews.get('iv'))?.setIds).toEqual([set.id]);

		await db.interviews.delete('iv');
		await deleteSet(db, set.id);
		expect(await getSet(db, set.id)).toBeNull();
	});

	it('refuses a blank, overlong or duplicate name, and an empty pick, saving nothing', async () => {
		const db = await freshDb();
		await saveSet(db, { name: 'SQL', filter: 'kind=sql' }, NOW);
		await expect(saveSet(db, { name: '   ', filter: '' }, NOW)).rejects.toThrow('Give the set a name.');
		await expect(saveSet(db, { name: 'x'.repeat(81), filter: '' }, NOW)).rejects.toBeInstanceOf(SetError);
		await expect(saveSet(db, { name: 'sql', filter: 'kind=python' }, NOW)).rejects.toThrow('You already have a set called "SQL".');
		await expect(saveSet(db, { name: 'Nothing', itemIds: [] }, NOW)).rejects.toThrow('Pick at least one question');
		expect(await listSets(db)).toHaveLength(1);
	});

	it('refuses to rename onto another set\'s name or a set that is gone', async () => {
		const db = await freshDb();
		const a = await saveSet(db, { name: 'A', filter: '' }, NOW);
		await saveSet(db, { name: 'B', filter: '' }, NOW);
		await expect(renameSet(db, a.id, 'b')).rejects.toThrow('already have a set called "B"');
		expect(await renameSet(db, a.id, 'a')).toMatchObject({ name: 'a' });
		await expect(renameSet(db, 'missing', 'C')).rejects.toThrow('no longer exists');
	});
});

describe('itemIdsOfSet', () => {
	it('evaluates a filter set against the bank now, leaving out archived items', async () => {
		const db = await bankDb();
		const sql = await saveSet(db, { name: 'SQL', filter: 'kind=sql' }, NOW);
		expect(await itemIdsOfSet(db, sql, NOW)).toEqual(['rank']);
		const due = await saveSet(db, { name: 'Due concepts', filter: 'kind=concept&status=due' }, NOW);
		expect(await itemIdsOfSet(db, due, NOW)).toEqual(['scd']);
		expect(await itemIdsOfSet(db, due, NOW - 10)).toEqual([]);
		const searched = await saveSet(db, { name: 'Grain', filter: 'q=grain' }, NOW);
		expect(await itemIdsOfSet(db, searched, NOW)).toEqual(['grain']);
	});

	it('keeps a picked set in its order, skipping archived and missing items', async () => {
		const db = await bankDb();
		const picked = await saveSet(db, { name: 'Picked', itemIds: ['rank', 'old', 'nope', 'scd'] }, NOW);
		expect(await itemIdsOfSet(db, picked, NOW)).toEqual(['rank', 'scd']);
	});

	it('treats an empty filter as the whole bank', async () => {
		const db = await bankDb();
		const all = await saveSet(db, { name: 'All', filter: '' }, NOW);
		expect(await itemIdsOfSet(db, all, NOW)).toEqual(['grain', 'rank', 'scd']);
	});
});
