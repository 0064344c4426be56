import type { ConfusionCount } from '$lib/drills/grid';
import type { RehearseDb } from './database';

/** Bookkeeping values kept in the meta table, by key. */
export interface MetaValues {
	/** Hash of the content bundle last synced: an equal hash skips sync entirely. */
	contentHash: string;
	lastSyncAt: number;
	/** When the app last asked the browser for persistent storage. */
	persistRequestedAt: number;
	/** Whether the browser granted persistent storage. */
	persisted: boolean;
	/** Progress through one design scenario, by its slug (`design:ride-share-trips`). */
	[designKey: `design:${string}`]: DesignProgress;
}

/** What the user has done in a design scenario: ids of sections read and of queries run. */
export interface DesignProgress {
	sectionsRead: string[];
	queriesRun: string[];
}
export type MetaKey = keyof MetaValues;

export async function getMeta<K extends MetaKey>(db: RehearseDb, key: K): Promise<MetaValues[K] | undefined> {
	const row = await db.meta.get(key);
	return row?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: RehearseDb, key: K, value: MetaValues[K]): Promise<void> {
	await db.meta.put({ key, value });
}
