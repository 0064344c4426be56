// Cards buried until tomorrow from the review screen's card menu. A bury is bookkeeping for one
// study day, not scheduling: the card's state and its review log are untouched (replaying the log
// must still give the same card), so the list lives in meta and stops applying once its day is over.
import type { RehearseDb } from './database';
import { getMeta } from './meta';
import { writeTransaction } from './transact';

/** The cards buried in the study day that starts at `dayStart`. */
export interface BuriedCards {
	dayStart: number;
	cardIds: string[];
}

/** Buries a card for the rest of the study day starting at `dayStart`; a bury from an earlier day is dropped. */
export async function buryCard(db: RehearseDb, cardId: string, dayStart: number): Promise<void> {
	await writeTransaction(db, [db.meta], async () => {
		const buried = (await db.meta.get('buried'))?.value as BuriedCards | undefined;
		const cardIds = buried?.dayStart === dayStart ? buried.cardIds.filter((id) => id !== cardId) : [];
		await db.meta.put({ key: 'buried', value: { dayStart, cardIds: [...cardIds, cardId] } satisfies BuriedCards });
	});
}

/** Takes a card out of today's buried list (undo); unknown ids are ignored. */
export async function unburyCard(db: RehearseDb, cardId: string): Promise<void> {
	await writeTransaction(db, [db.meta], async () => {
		const buried = (await db.meta.get('buried'))?.value as BuriedCards | undefined;
		if (!buried?.cardIds.includes(cardId)) return;
		await db.meta.put({ key: 'buried', value: { ...buried, cardIds: buried.cardIds.filter((id) => id !== cardId) } satisfies BuriedCards });
	});
}

/** Ids of the cards buried in the study day starting at `dayStart` (none from any other day). */
export async function buriedCardIds(db: RehearseDb, dayStart: number): Promise<Set<string>> {
	const buried = await getMeta(db, 'buried');
	return new Set(buried?.dayStart === dayStart ? buried.cardIds : []);
}
