import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { syncContent } from './content-sync';
import { importUserItems } from './import-items';
import { bundle, conceptItem, freshDb, review } from './testing';
import { UserItemWriteError } from './user-items';

const T0 = Date.UTC(2026, 10, 20, 9);
const T1 = T0 + 86_400_000;

describe('importUserItems', () => {
	it('writes every item as the user\u2019s, each with a new card, and counts them', async () => {
		const db = await freshDb();
		const report = await importUserItems(db, [conceptItem('mine-a'), conceptItem('mine-b')], T0);
		expect(report).toEqual({ added: 2, updated: 0, cardsCreated: 2 });
		expect(await db.items.get('mine-a')).toMatchObject({ origin: 'user', archived: 0, updatedAt: T0 });
		expect(await db.cards.get('mine-b::main')).toMatchObject({ phase: 'new', due: T0, deck: 'modeling', archived: 0 });
	});

	it('updates an existing item in place, keeping its card schedule and reviews', async () => {
		const db = await freshDb();
		await importUserItems(db, [conceptItem('mine-a')], T0);
		await db.cards.update('mine-a::main', { phase: 'review', stability: 5, due: T1 + 5 * 86_400_000 });
		await db.reviews.add(review('mine-a::main', T1));
		const report = await importUserItems(db, [conceptItem('mine-a', { answer: 'Changed.' })], T1);
		expect(report).toEqual({ added: 0, updated: 1, cardsCreated: 0 });
		expect(await db.items.get('mine-a')).toMatchObject({ answer: 'Changed.', updatedAt: T1 });
		expect(await db.cards.get('mine-a::main')).toMatchObject({ phase: 'review', stability: 5 });
		expect(await db.reviews.count()).toBe(1);
	});

	it('writes nothing at all when one item would overwrite a bundled one', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [conceptItem('concept-cte')]), T0);
		const attempt = importUserItems(db, [conceptItem('mine-a'), conceptItem('concept-cte', { answer: 'Mine now' })], T1);
		await expect(attempt).rejects.toThrow(UserItemWriteError);
		expect(await db.items.get('mine-a')).toBeUndefined();
		expect(await db.cards.get('mine-a::main')).toBeUndefined();
		expect(await db.items.get('concept-cte')).toMatchObject({ origin: 'bundle', answer: 'It is.' });
	});

	it('restores an item the user had deleted, with its archived card', async () => {
		const db = await freshDb();
		await importUserItems(db, [conceptItem('mine-a')], T0);
		await db.items.update('mine-a', { archived: 1 });
		await db.cards.update('mine-a::main', { archived: 1 });
		await importUserItems(db, [conceptItem('mine-a')], T1);
		expect(await db.items.get('mine-a')).toMatchObject({ archived: 0 });
		expect(await db.cards.get('mine-a::main')).toMatchObject({ archived: 0 });
	});
});
