// The running app's way into sync's bookkeeping (sync-store.ts), for the calls it makes before or
// without the sync engine: they load it on first call, so a device that never syncs never does.
// Never awaited inside a transaction.
import type { listConflicts as ListConflicts, settleConflict as SettleConflict } from './sync-store';

const store = () => import('./sync-store');

export async function listConflicts(...args: Parameters<typeof ListConflicts>): ReturnType<typeof ListConflicts> {
	return (await store()).listConflicts(...args);
}

export async function settleConflict(...args: Parameters<typeof SettleConflict>): ReturnType<typeof SettleConflict> {
	return (await store()).settleConflict(...args);
}
