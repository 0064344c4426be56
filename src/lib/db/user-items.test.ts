import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ScriptItem } from '$lib/model';
import { syncContent } from './content-sync';
import { bundle, conceptItem, freshDb, review } from './testing';
import { deleteUserItem, getUserItem, listUserItems, saveUserItem, UserItemWriteError } from './user-items';

const T0 = Date.UTC(2026, 10, 20, 9);
const T1 = T0 + 86_400_000;
const MINE = 'mine-1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed';

function script(id: string, overrides: Partial<ScriptItem> = {}): ScriptItem {
	return {
		id,
		kind: 'script',
		deck: 'behavioural',
		title: 'Clarify',
		topics: [],
		difficulty: 2,
		domain: 'general',
		source: `mine/${id}`,
		cue: 'Asked to clarify',
		script: 'Let me confirm the grain.',
		mustSay: ['confirm the grain'],
		synonyms: {},
		phase: null,
		targetSeconds: 2,
		notesHtml: '',
		...overrides
	};
}

describe('user items', () => {
	it('saves a new item as the user\u2019s, with a new card', async () => {
		const db = await freshDb();
		const saved = await saveUserItem(db, conceptItem(MINE), T0);
		expect(saved.cardsCreated).toBe(1);
		expect(await db.items.get(MINE)).toMatchObject({ origin: 'user', archived: 0, updatedAt: T0 });
		expect(await db.cards.get(`${MINE}::main`)).toMatchObject({ phase: 'new', due: T0, createdAt: T0, archived: 0, suspended: 0, deck: 'modeling' });
	});

	it('keeps the card, its schedule and its reviews when the item is edited', async () => {
		const db = await freshDb();
		await saveUserItem(db, conceptItem(MINE), T0);
		await db.cards.update(`${MINE}::main`, { phase: 'review', reps: 4, stability: 9 });
		const r = review(`${MINE}::main`, T0 + 1000);
		await db.reviews.add(r);

		const saved = await saveUserItem(db, conceptItem(MINE, { answer: 'Edited.', deck: 'sql' }), T1);

		expect(saved.cardsCreated).toBe(0);
		expect(await db.items.get(MINE)).toMatchObject({ answer: 'Edited.', updatedAt: T1, origin: 'user' });
		// The card moved with the item's deck, and kept its history.
		expect(await db.cards.get(`${MINE}::main`)).toMatchObject({ phase: 'review', reps: 4, stability: 9, deck: 'sql', createdAt: T0 });
		expect(await db.reviews.toArray()).toEqual([r]);
		expect(await db.cards.count()).toBe(1);
	});

	it('archives the old card and makes a new one when an edit changes the variant', async () => {
		const db = await freshDb();
		await saveUserItem(db, conceptItem(MINE), T0);
		const saved = await saveUserItem(db, script(MINE), T1);
		expect(saved.cardsCreated).toBe(1);
		expect(await db.cards.get(`${MINE}::main`)).toMatchObject({ archived: 1 });
		expect(await db.cards.get(`${MINE}::recall`)).toMatchObject({ archived: 0, createdAt: T1 });
	});

	it('refuses to overwrite or delete a bundled item', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [conceptItem('grain')]), T0);
		await expect(saveUserItem(db, conceptItem('grain', { answer: 'Mine now.' }), T1)).rejects.toBeInstanceOf(UserItemWriteError);
		await expect(deleteUserItem(db, 'grain', T1)).rejects.toThrow('Cards that came with the app cannot be deleted.');
		expect(await db.items.get('grain')).toMatchObject({ origin: 'bundle', answer: 'It is.', archived: 0 });
		expect(await db.cards.get('grain::main')).toMatchObject({ archived: 0 });
	});

	it('deletes by archiving the item and its cards, keeping its reviews', async () => {
		const db = await freshDb();
		await saveUserItem(db, conceptItem(MINE), T0);
		const r = review(`${MINE}::main`, T0 + 1000);
		await db.reviews.add(r);

		await deleteUserItem(db, MINE, T1);

		expect(await db.items.get(MINE)).toMatchObject({ archived: 1, updatedAt: T1 });
		expect(await db.cards.get(`${MINE}::main`)).toMatchObject({ archived: 1 });
		expect(await db.reviews.toArray()).toEqual([r]);
		expect(await getUserItem(db, MINE)).toBeNull();
		await expect(deleteUserItem(db, 'mine-missing', T1)).rejects.toThrow('That card is not there any more.');
	});

	it('lists live user items only, newest edit first', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [conceptItem('grain')]), T0);
		await saveUserItem(db, conceptItem('mine-a'), T0);
		await saveUserItem(db, conceptItem('mine-b'), T0 + 5);
		await saveUserItem(db, conceptItem('mine-c'), T0 + 9);
		await deleteUserItem(db, 'mine-c', T1);

		expect((await listUserItems(db)).map((item) => item.id)).toEqual(['mine-b', 'mine-a']);
		expect(await getUserItem(db, 'grain')).toBeNull();
		expect(await getUserItem(db, 'mine-a')).toMatchObject({ id: 'mine-a' });
	});

	it('survives content updates: sync neither archives nor rewrites user items or their cards', async () => {
		const db = await freshDb();
		await syncContent(db, bundle('h1', [conceptItem('grain')]), T0);
		await saveUserItem(db, conceptItem(MINE), T0);
		await db.cards.update(`${MINE}::main`, { phase: 'review', reps: 2 });
		const itemBefore = await db.items.get(MINE);
		const cardBefore = await db.cards.get(`${MINE}::main`);

		// A new bundle without the user's item (it never had it), then one that drops everything.
		const first = await syncContent(db, bundle('h2', [conceptItem('grain', { answer: 'New.' }), conceptItem('keys')]), T1);
		const second = await syncContent(db, bundle('h3', []), T1 + 1);

		expect(first).toMatchObject({ updated: 1, added: 1, archived: 0 });
		expect(second).toMatchObject({ archived: 2 });
		expect(await db.items.get(MINE)).toEqual(itemBefore);
		expect(await db.cards.get(`${MINE}::main`)).toEqual(cardBefore);
		expect((await listUserItems(db)).map((item) => item.id)).toEqual([MINE]);
	});
});
