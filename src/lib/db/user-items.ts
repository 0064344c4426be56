// The user's own items: saved, edited and deleted beside the bundled ones. Content sync skips every
// item whose origin is 'user', so these survive content updates. Deleting archives (never removes)
// the item and its cards, so the review log keeps pointing at something and stays consistent.
import { cardsOf } from '$lib/content';
import type { Item } from '$lib/model';
import { newCardState } from '$lib/srs';
import type { RehearseDb } from './database';
import { hashJson } from '$lib/model';
import type { CardRecord, ItemRecord } from '$lib/model';
import { writeTransaction } from './transact';

/** A write the repository refuses: a bundled item, or an item that is not there. */
export class UserItemWriteError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UserItemWriteError';
	}
}

export interface SavedUserItem {
	item: ItemRecord;
	/** Cards made for variants the item did not have before (all of them for a new item). */
	cardsCreated: number;
}

/**
 * Stores a user item (built by buildUserItem) and brings its cards in line, in one transaction.
 * A new item gets new cards; an edited one keeps the cards of its variants, with their schedule
 * and reviews; a variant that went away is archived. Refuses to overwrite a bundled item.
 */
export async function saveUserItem(db: RehearseDb, item: Item, now: number): Promise<SavedUserItem> {
	const record: ItemRecord = { ...item, origin: 'user', hash: hashJson(item), archived: 0, updatedAt: now };
	const wanted = cardsOf(item);
	return writeTransaction(db, [db.items, db.cards], async () => {
		const before = await db.items.get(item.id);
		if (before && before.origin !== 'user') throw new UserItemWriteError('This item came with the app and cannot be edited; duplicate it into your cards instead.');
		const existing = new Map((await db.cards.where('itemId').equals(item.id).toArray()).map((card) => [card.id, card]));
		const writes: CardRecord[] = [];
		let cardsCreated = 0;
		for (const spec of wanted) {
			const card = existing.get(spec.id);
			if (!card) {
				writes.push({ ...spec, ...newCardState(now), suspended: 0, archived: 0, createdAt: now });
				cardsCreated++;
			} else if (card.archived || card.deck !== spec.deck) {
				writes.push({ ...card, deck: spec.deck, archived: 0 });
			}
		}
		const wantedIds = new Set(wanted.map((spec) => spec.id));
		for (const card of existing.values()) if (!wantedIds.has(card.id) && !card.archived) writes.push({ ...card, archived: 1 });
		await db.items.put(record);
		await db.cards.bulkPut(writes);
		return { item: record, cardsCreated };
	});
}

/** Archives a user item and its cards; its reviews stay. Refuses bundled items. */
export async function deleteUserItem(db: RehearseDb, id: string, now: number): Promise<void> {
	await writeTransaction(db, [db.items, db.cards], async () => {
		const item = await db.items.get(id);
		if (!item) throw new UserItemWriteError('That card is not there any more.');
		if (item.origin !== 'user') throw new UserItemWriteError('Cards that came with the app cannot be deleted.');
		await db.items.put({ ...item, archived: 1, updatedAt: now });
		await db.cards.where('itemId').equals(id).modify({ archived: 1 });
	});
}

/** The user's live items, newest edit first. */
export async function listUserItems(db: RehearseDb): Promise<ItemRecord[]> {
	const items = await db.items.where('[origin+archived]').equals(['user', 0]).toArray();
	return items.sort((a, b) => b.updatedAt - a.updatedAt);
}

/** One user item, or null when there is none with that id (or it belongs to the bundle, or was deleted). */
export async function getUserItem(db: RehearseDb, id: string): Promise<ItemRecord | null> {
	const item = await db.items.get(id);
	return item && item.origin === 'user' && !item.archived ? item : null;
}
