// Which cells of a decision table a user mixes up in fill-the-grid ("B-tree" given where "GIN"
// belongs), tallied per table in the meta store. A tally is small (one entry per distinct pair),
// so it lives in one row per table rather than in a store of its own that would need a migration.
// By path: the drills index reaches modules that build word tables when loaded, and db/ is in
// the first screen's chunk.
import { mergeConfusions, type Confusion, type ConfusionCount } from '$lib/drills/grid';
import type { RehearseDb } from './database';
import { writeTransaction } from './transact';

const keyOf = (tableId: string) => `confusions:${tableId}` as const;

/** The table's confusions so far, most frequent first; empty before the first mix-up. */
export async function confusionsOf(db: RehearseDb, tableId: string): Promise<ConfusionCount[]> {
	const row = await db.meta.get(keyOf(tableId));
	return (row?.value as ConfusionCount[] | undefined) ?? [];
}

/**
 * Adds one grid round's confusions to the table's tally, read and written in one transaction so two
 * tabs checking at once cannot lose each other's counts. Returns the new tally.
 */
export async function recordConfusions(db: RehearseDb, tableId: string, fresh: readonly Confusion[]): Promise<ConfusionCount[]> {
	const key = keyOf(tableId);
	return writeTransaction(db, [db.meta], async () => {
		const existing = ((await db.meta.get(key))?.value as ConfusionCount[] | undefined) ?? [];
		if (fresh.length === 0) return existing;
		const merged = mergeConfusions(existing, fresh);
		await db.meta.put({ key, value: merged });
		return merged;
	});
}
