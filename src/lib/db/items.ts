import type { RehearseDb } from './database';
import type { CardRecord, ItemRecord } from '$lib/model';

/** The items with these ids, in no particular order; ids with no item are skipped. */
export async function itemsByIds(db: RehearseDb, ids: readonly string[]): Promise<ItemRecord[]> {
	const items = await db.items.bulkGet([...ids]);
	return items.filter((item): item is ItemRecord => item !== undefined);
}

export interface DeckEntry {
	item: ItemRecord;
	cards: CardRecord[];
}

/** A deck's live items, each with its cards, sorted by title. Archived items are left out. */
export async function deckContents(db: RehearseDb, deck: string): Promise<DeckEntry[]> {
	const [items, cards] = await Promise.all([
		db.items.where('deck').equals(deck).toArray(),
		db.cards.where('deck').equals(deck).toArray()
	]);
	const cardsByItem = new Map<string, CardRecord[]>();
	for (const card of cards) cardsByItem.set(card.itemId, [...(cardsByItem.get(card.itemId) ?? []), card]);
	return items
		.filter((item) => !item.archived)
		.map((item) => ({ item, cards: cardsByItem.get(item.id) ?? [] }))
		.sort((a, b) => a.item.title.localeCompare(b.item.title));
}

/** Live items of one kind, e.g. every script for the mock interview's phase lists. */
export async function itemsOfKind<K extends ItemRecord['kind']>(db: RehearseDb, kind: K): Promise<Extract<ItemRecord, { kind: K }>[]> {
	const items = await db.items.where('kind').equals(kind).toArray();
	return items.filter((item): item is Extract<ItemRecord, { kind: K }> => item.kind === kind && !item.archived);
}
