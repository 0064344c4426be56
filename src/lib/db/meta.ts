import type { ConfusionCount } from '$lib/drills';
import type { RehearseDb } from './database';
import type { InterviewPlan } from './interviews';
import type { WeightsUndo } from './fsrs-weights';
import type { SliceProgress } from './content-sync';
import type { ReviewBucketCache } from '$lib/stats';
import type { BuriedCards } from './bury';
import type { SyncConfig } from '$lib/model';

/** Bookkeeping values kept in the meta table, by key. */
export interface MetaValues {
	/** Hash of the content bundle last synced: an equal hash skips sync entirely. */
	contentHash: string;
	lastSyncAt: number;
	/** A first-visit sync in slices that a reload interrupted (content-sync.ts). */
	contentSyncProgress: SliceProgress;
	/** When the app last asked the browser for persistent storage. */
	persistRequestedAt: number;
	/** Whether the browser granted persistent storage. */
	persisted: boolean;
	/** Today's cards brought forward for upcoming interviews (interviews.ts). */
	interviewPlan: InterviewPlan;
	/** What Undo needs after optimised FSRS weights were applied (fsrs-weights.ts). */
	weightsUndo: WeightsUndo;
	/** When the user last saved a backup (or restored one with Replace), and how many reviews it held. */
	lastBackupAt: number;
	lastBackupReviewCount: number;
	/** When the Today screen's backup reminder was dismissed: it stays away for a day. */
	backupNudgeDismissedAt: number;
	/** The review log tallied for the stats page, a cache rebuilt when it no longer matches (stats.ts). */
	reviewBuckets: ReviewBucketCache;
	/** Cards the user buried until tomorrow from the review screen (bury.ts). */
	buried: BuriedCards;
	/** Sync's server and credentials (sync-config.ts); absent while sync is off. Never exported. */
	syncConfig: SyncConfig;
	/** The changes feed's sequence this device has read up to: the next pull resumes there. */
	syncSince: string;
	/** Cards whose reviews a pull changed and that still need replaying (sync-store.ts). */
	syncReplay: string[];
	/** When the last sync with the server completed. */
	syncLastAt: number;
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

