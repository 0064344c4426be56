// Writes the items of a file import (CSV) in ONE transaction: all rows land, or none do. Each item
// is stored exactly as saveUserItem stores one (origin 'user', cards made for new variants, an
// updated item keeps its cards, schedule and reviews), and, like saveUserItem, a bundled item is
// never overwritten: the whole import is refused instead.
import { cardsOf } from '$lib/content';
import type { Item } from '$lib/model';
import { newCardState } from '$lib/srs';
import type { RehearseDb } from './database';
import { hashJson } from '$lib/model';
import type { CardRecord, ItemRecord } from '$lib/model';
import { writeTransaction } from './transact';
import { UserItemWriteError } from './user-items';

export interface ImportWriteReport {
	added: number;
	updated: number;
	cardsCreated: number;
}

export async function importUserItems(db: RehearseDb, items: readonly Item[], now: number): Promise<ImportWriteReport> {
	// Hash before the transaction: pure CPU, and only Dexie may be awaited inside it.
	const records: ItemRecord[] = items.map((item) => ({ ...item, origin: 'user', hash: hashJson(item), archived: 0, updatedAt: now }));
	const ids = records.map((record) => record.id);
	return writeTransaction(db, [db.items, db.cards], async () => {
		const before = new Map((await db.items.bulkGet(ids)).filter((r): r is ItemRecord => r !== undefined).map((r) => [r.id, r]));
		const clash = records.find((record) => before.get(record.id)?.origin === 'bundle');
		if (clash) throw new UserItemWriteError(`"${clash.title}" would overwrite a card that came with the app; nothing was imported.`);
		const existingCards = await db.cards.where('itemId').anyOf(ids).toArray();
		const cardsOfItem = new Map<string, CardRecord[]>();
		for (const card of existingCards) cardsOfItem.set(card.itemId, [...(cardsOfItem.get(card.itemId) ?? []), card]);

		const cardWrites: CardRecord[] = [];
		const report: ImportWriteReport = { added: 0, updated: 0, cardsCreated: 0 };
		for (const record of records) {
			if (before.has(record.id)) report.updated++;
			else report.added++;
			const existing = new Map((cardsOfItem.get(record.id) ?? []).map((card) => [card.id, card]));
			const wanted = cardsOf(record);
			for (const spec of wanted) {
				const card = existing.get(spec.id);
				if (!card) {
					cardWrites.push({ ...spec, ...newCardState(now), suspended: 0, archived: 0, createdAt: now });
					report.cardsCreated++;
				} else if (card.archived || card.deck !== spec.deck) {
					cardWrites.push({ ...card, deck: spec.deck, archived: 0 });
				}
			}
			const wantedIds = new Set(wanted.map((spec) => spec.id));
			for (const card of existing.values()) if (!wantedIds.has(card.id) && !card.archived) cardWrites.push({ ...card, archived: 1 });
		}
		await db.items.bulkPut(records);
		await db.cards.bulkPut(cardWrites);
		return report;
	});
}
