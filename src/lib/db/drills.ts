import type { RehearseDb } from './database';
import type { AttemptRecord, DraftRecord } from '$lib/model';
import { writeTransaction } from './transact';

/** The code last typed in a drill, or null when there is none. */
export async function loadDraft(db: RehearseDb, itemId: string): Promise<string | null> {
	return (await db.drafts.get(itemId))?.code ?? null;
}

export async function saveDraft(db: RehearseDb, draft: DraftRecord): Promise<void> {
	await writeTransaction(db, [db.drafts], () => db.drafts.put(draft));
}

/** Stores one Run-and-Check attempt at a drill: its code, verdict, time and hints used. */
export async function recordAttempt(db: RehearseDb, attempt: AttemptRecord): Promise<void> {
	await writeTransaction(db, [db.attempts], () => db.attempts.add(attempt));
}

