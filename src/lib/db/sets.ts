// Saved sets: a named /practice filter or a hand-picked list of items, studied in custom study.
import { parseFilter, selectFrom } from '$lib/practice';
import { loadBank } from './bank';
import type { RehearseDb } from './database';
import type { SetRecord } from '$lib/model';
import { writeTransaction } from './transact';

/** Longest set name, in characters: it has to fit a phone-width list row. */
export const SET_NAME_MAX = 80;

/** A set the user asked for that cannot be saved as given; the message is shown as is. */
export class SetError extends Error {
	override name = 'SetError';
}

export type NewSet = { name: string } & ({ filter: string; itemIds?: null } | { itemIds: readonly string[]; filter?: null });

/** The name trimmed and checked; throws SetError with a message for the user. */
export function validSetName(name: string): string {
	const trimmed = name.replace(/\s+/g, ' ').trim();
	if (!trimmed) throw new SetError('Give the set a name.');
	if (trimmed.length > SET_NAME_MAX) throw new SetError(`Keep the name to ${SET_NAME_MAX} characters or fewer.`);
	return trimmed;
}

async function assertNameFree(db: RehearseDb, name: string, exceptId: string | null): Promise<void> {
	const lower = name.toLowerCase();
	const clash = await db.sets.filter((set) => set.id !== exceptId && set.name.toLowerCase() === lower).first();
	if (clash) throw new SetError(`You already have a set called "${clash.name}".`);
}

/** Saves a new set and returns it. A filter set keeps its query string; a picked set its ids. */
export async function saveSet(db: RehearseDb, input: NewSet, now: number): Promise<SetRecord> {
	const name = validSetName(input.name);
	const itemIds = input.itemIds ? [...new Set(input.itemIds)] : null;
	if (itemIds && itemIds.length === 0) throw new SetError('Pick at least one question for the set.');
	const record: SetRecord = {
		id: crypto.randomUUID(),
		name,
		filter: itemIds ? null : (input.filter ?? '').replace(/^\?/, ''),
		itemIds,
		createdAt: now
	};
	await writeTransaction(db, [db.sets], async () => {
		await assertNameFree(db, name, null);
		await db.sets.add(record);
	});
	return record;
}

/** Every saved set, newest first. */
export async function listSets(db: RehearseDb): Promise<SetRecord[]> {
	return (await db.sets.orderBy('createdAt').toArray()).reverse();
}

export async function getSet(db: RehearseDb, id: string): Promise<SetRecord | null> {
	return (await db.sets.get(id)) ?? null;
}

/** Renames a set; throws SetError when the name is empty, too long or taken, or the set is gone. */
export async function renameSet(db: RehearseDb, id: string, name: string): Promise<SetRecord> {
	const valid = validSetName(name);
	return writeTransaction(db, [db.sets], async () => {
		const set = await db.sets.get(id);
		if (!set) throw new SetError('That set no longer exists.');
		await assertNameFree(db, valid, id);
		const renamed = { ...set, name: valid };
		await db.sets.put(renamed);
		return renamed;
	});
}

/** Deletes a set. Its items, cards and history are untouched. */
/**
 * Deletes a set, unless an interview covers it: dropping the set from the interview would silently
 * shrink what it covers (or, with no decks left, widen it to every card), so the user decides there.
 */
export async function deleteSet(db: RehearseDb, id: string): Promise<void> {
	await writeTransaction(db, [db.sets, db.interviews], async () => {
		const user = await db.interviews.filter((interview) => interview.setIds.includes(id)).first();
		if (user) {
			const set = await db.sets.get(id);
			throw new SetError(
				`"${set?.name ?? 'This set'}" is part of the interview "${user.name}". Remove it from that interview in Settings first.`
			);
		}
		await db.sets.delete(id);
	});
}

/**
 * The live items of a set, as ids. A filter set is evaluated now (statuses such as "due" depend
 * on `now`), in the bank's order; a hand-picked set keeps its order and skips archived or missing
 * items.
 */
export async function itemIdsOfSet(db: RehearseDb, set: SetRecord, now: number): Promise<string[]> {
	if (set.itemIds) {
		const items = await db.items.bulkGet(set.itemIds);
		return items.filter((item) => item !== undefined && !item.archived).map((item) => item!.id);
	}
	const rows = await loadBank(db, now);
	return selectFrom(rows, parseFilter(new URLSearchParams(set.filter ?? ''))).map((row) => row.id);
}
