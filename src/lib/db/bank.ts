// The question bank: one summary row per live item, with the status its cards and drill attempts
// give it. Three reads in one transaction (items, cards, attempts); nothing per item.
import { rowOf, statusesOf, type BankRow, type CardStatusInput } from '$lib/practice';
import type { RehearseDb } from './database';

/** Every non-archived item as a bank row, sorted by title. `now` decides which cards are due. */
export async function loadBank(db: RehearseDb, now: number): Promise<BankRow[]> {
	const { items, cardsByItem, passed } = await db.transaction('r', [db.items, db.cards, db.attempts], async () => {
		const [items, cards, passes] = await Promise.all([
			db.items.toArray(),
			db.cards.toArray(),
			// The verdict is not indexed; one getAll and a filter beats a cursor over every attempt.
			db.attempts.toArray()
		]);
		const cardsByItem = new Map<string, CardStatusInput[]>();
		for (const card of cards) {
			if (card.archived) continue;
			const list = cardsByItem.get(card.itemId);
			if (list) list.push(card);
			else cardsByItem.set(card.itemId, [card]);
		}
		return { items, cardsByItem, passed: new Set(passes.filter((attempt) => attempt.verdict === 'pass').map((attempt) => attempt.itemId)) };
	});
	const rows: BankRow[] = [];
	for (const item of items) {
		if (item.archived) continue;
		rows.push(rowOf(item, statusesOf(item.kind, cardsByItem.get(item.id) ?? [], passed.has(item.id), now)));
	}
	const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
	return rows.sort((a, b) => collator.compare(a.title, b.title));
}
