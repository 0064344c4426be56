import type { ContentBundle, Item } from '$lib/content/types';
import { cardsOf } from '$lib/content/cards';
import { newCardState } from '$lib/srs/new-card';
import type { RehearseDb } from './database';
import { hashJson } from './hash';
import type { CardRecord, ItemRecord } from './records';
import { writeTransaction } from './transact';

export interface SyncReport {
	/** True when the bundle hash matched the last sync and nothing was read or written. */
	skipped: boolean;
	added: number;
	updated: number;
	archived: number;
	restored: number;
	unchanged: number;
	cardsCreated: number;
}

const EMPTY: Omit<SyncReport, 'skipped'> = { added: 0, updated: 0, archived: 0, restored: 0, unchanged: 0, cardsCreated: 0 };

/**
 * Brings the stored content in line with the shipped bundle, in one transaction:
 * new items get new cards; edited items are rewritten and keep their cards; items that left the
 * bundle are archived with their cards, and restored if they return. User-made items are never
 * touched, and the reviews table is not even part of the transaction: history cannot be lost here.
 *
 * Cards follow their item's variants: a new variant (a table row added) gets a card, a variant
 * that disappeared is archived, one that returns is restored, and a deck change moves the cards.
 */
export async function syncContent(db: RehearseDb, bundle: ContentBundle, now: number): Promise<SyncReport> {
	// Hash outside the transaction: pure CPU, and nothing but Dexie may be awaited inside.
	const incoming = new Map(bundle.items.map((item) => [item.id, { item, hash: hashJson(item) }]));

	return writeTransaction(db, [db.items, db.cards, db.meta], async () => {
		const last = await db.meta.get('contentHash');
		if (last?.value === bundle.hash) return { skipped: true, ...EMPTY };

		const report = { skipped: false, ...EMPTY };
		const stored = new Map((await db.items.toArray()).map((record) => [record.id, record]));
		const itemWrites: ItemRecord[] = [];
		/** Items whose cards need reconciling, with whether they are archived after this sync. */
		const cardWork = new Map<string, { item: Item | null; archived: boolean }>();

		for (const [id, { item, hash }] of incoming) {
			const before = stored.get(id);
			if (before?.origin === 'user') continue; // an id clash must never overwrite the user's work
			if (!before) report.added++;
			else if (before.archived) report.restored++;
			else if (before.hash !== hash) report.updated++;
			else {
				report.unchanged++;
				continue;
			}
			itemWrites.push({ ...item, origin: 'bundle', hash, archived: 0, updatedAt: now });
			cardWork.set(id, { item, archived: false });
		}
		for (const record of stored.values()) {
			if (record.origin !== 'bundle' || record.archived || incoming.has(record.id)) continue;
			report.archived++;
			itemWrites.push({ ...record, archived: 1, updatedAt: now });
			cardWork.set(record.id, { item: null, archived: true });
		}

		const existingCards = await db.cards.where('itemId').anyOf([...cardWork.keys()]).toArray();
		const cardsByItem = new Map<string, CardRecord[]>();
		for (const card of existingCards) cardsByItem.set(card.itemId, [...(cardsByItem.get(card.itemId) ?? []), card]);
		const cardWrites: CardRecord[] = [];
		for (const [itemId, { item }] of cardWork) {
			const existing = cardsByItem.get(itemId) ?? [];
			const wanted = item ? cardsOf(item) : [];
			const wantedIds = new Set(wanted.map((spec) => spec.id));
			const existingById = new Map(existing.map((card) => [card.id, card]));
			for (const spec of wanted) {
				const card = existingById.get(spec.id);
				if (!card) {
					cardWrites.push({ ...spec, ...newCardState(now), suspended: 0, archived: 0, createdAt: now });
					report.cardsCreated++;
				} else if (card.archived || card.deck !== spec.deck) {
					cardWrites.push({ ...card, deck: spec.deck, archived: 0 });
				}
			}
			for (const card of existing) {
				if (!wantedIds.has(card.id) && !card.archived) cardWrites.push({ ...card, archived: 1 });
			}
		}

		await db.items.bulkPut(itemWrites);
		await db.cards.bulkPut(cardWrites);
		await db.meta.bulkPut([
			{ key: 'contentHash', value: bundle.hash },
			{ key: 'lastSyncAt', value: now }
		]);
		return report;
	});
}
