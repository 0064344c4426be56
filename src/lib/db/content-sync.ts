import type { ContentBundle, Item } from '$lib/model';
import { cardsOf } from '$lib/content';
import { newCardState } from '$lib/srs';
import type { RehearseDb } from './database';
import { hashJson } from '$lib/model';
import type { CardRecord, ItemRecord } from '$lib/model';
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

/** One bundle item as it arrives: the item and the hash it is stored under. */
type Incoming = Map<string, { item: Item; hash: string }>;
/** Items whose cards need reconciling, with the item after this sync (null when archived). */
type CardWork = Map<string, { item: Item | null }>;

const incomingOf = (items: readonly Item[]): Incoming => new Map(items.map((item) => [item.id, { item, hash: hashJson(item) }]));

/** The item rows to write for arriving items: new, edited or returning ones. Counts into `report`. */
function planArrivals(incoming: Incoming, stored: Map<string, ItemRecord>, now: number, report: SyncReport, cardWork: CardWork): ItemRecord[] {
	const writes: ItemRecord[] = [];
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
		writes.push({ ...item, origin: 'bundle', hash, archived: 0, updatedAt: now });
		cardWork.set(id, { item });
	}
	return writes;
}

/** The item rows to archive: bundle items no longer shipped. */
function planDepartures(stored: Iterable<ItemRecord>, shipped: ReadonlySet<string>, now: number, report: SyncReport, cardWork: CardWork): ItemRecord[] {
	const writes: ItemRecord[] = [];
	for (const record of stored) {
		if (record.origin !== 'bundle' || record.archived || shipped.has(record.id)) continue;
		report.archived++;
		writes.push({ ...record, archived: 1, updatedAt: now });
		cardWork.set(record.id, { item: null });
	}
	return writes;
}

/** Inside a transaction: writes the items, then brings their cards in line with their variants. */
async function writeItemsAndCards(db: RehearseDb, itemWrites: ItemRecord[], cardWork: CardWork, now: number, report: SyncReport): Promise<void> {
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
}

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
	const incoming = incomingOf(bundle.items);

	return writeTransaction(db, [db.items, db.cards, db.meta], async () => {
		const last = await db.meta.get('contentHash');
		if (last?.value === bundle.hash) return { skipped: true, ...EMPTY };

		const report = { skipped: false, ...EMPTY };
		const stored = new Map((await db.items.toArray()).map((record) => [record.id, record]));
		const cardWork: CardWork = new Map();
		const itemWrites = [
			...planArrivals(incoming, stored, now, report, cardWork),
			...planDepartures(stored.values(), new Set(incoming.keys()), now, report, cardWork)
		];
		await writeItemsAndCards(db, itemWrites, cardWork, now, report);
		await db.meta.bulkPut([
			{ key: 'contentHash', value: bundle.hash },
			{ key: 'lastSyncAt', value: now }
		]);
		return report;
	});
}

/** Where a sync in slices has got to, so a reload resumes it (meta key `contentSyncProgress`). */
export interface SliceProgress {
	hash: string;
	/** Slices already written, in order. */
	done: number;
}

/**
 * The same sync in slices, for the first visit: each slice of items is written in its own short
 * transaction (so input and painting go on between them), progress is recorded with it, and only
 * after the last slice are departed items archived and the bundle's hash stored. Until then the
 * device simply holds some of the new content; a reload resumes after the last written slice.
 * `slices.items(i)` fetches slice i; `afterSlice` hears each one land (for the page, and to yield).
 */
export async function syncContentInSlices(
	db: RehearseDb,
	hash: string,
	slices: { count: number; items: (index: number) => Promise<Item[]> },
	now: number,
	afterSlice: (done: number) => Promise<void> | void = () => {}
): Promise<SyncReport> {
	if ((await db.meta.get('contentHash'))?.value === hash) return { skipped: true, ...EMPTY };
	const progress = (await db.meta.get('contentSyncProgress'))?.value as SliceProgress | undefined;
	const resumeAt = progress?.hash === hash ? progress.done : 0;
	const report = { skipped: false, ...EMPTY };
	const shipped = new Set<string>();
	for (let index = 0; index < slices.count; index++) {
		const items = await slices.items(index);
		for (const item of items) shipped.add(item.id);
		// Written before a reload: only its ids are needed, for the archive step.
		if (index < resumeAt) continue;
		const incoming = incomingOf(items);
		await writeTransaction(db, [db.items, db.cards, db.meta], async () => {
			const found = await db.items.bulkGet([...incoming.keys()]);
			const stored = new Map(found.filter((record) => record !== undefined).map((record) => [record.id, record]));
			const cardWork: CardWork = new Map();
			await writeItemsAndCards(db, planArrivals(incoming, stored, now, report, cardWork), cardWork, now, report);
			await db.meta.put({ key: 'contentSyncProgress', value: { hash, done: index + 1 } satisfies SliceProgress });
		});
		await afterSlice(index + 1);
	}
	await writeTransaction(db, [db.items, db.cards, db.meta], async () => {
		const cardWork: CardWork = new Map();
		const itemWrites = planDepartures(await db.items.toArray(), shipped, now, report, cardWork);
		await writeItemsAndCards(db, itemWrites, cardWork, now, report);
		await db.meta.bulkPut([
			{ key: 'contentHash', value: hash },
			{ key: 'lastSyncAt', value: now }
		]);
		await db.meta.delete('contentSyncProgress');
	});
	return report;
}
