// The way the app reaches the content sync. Syncing builds every kind's cards (the content's card
// rules, the drills' grids and text normalising): needed on a first visit and after an update,
// never on a usual open, so it loads on first call instead of with the first screen.
import type { syncContent as Sync, syncContentInSlices as SyncInSlices } from './content-sync';

const contentSync = () => import('./content-sync');

export async function syncContent(...args: Parameters<typeof Sync>): ReturnType<typeof Sync> {
	return (await contentSync()).syncContent(...args);
}

export async function syncContentInSlices(...args: Parameters<typeof SyncInSlices>): ReturnType<typeof SyncInSlices> {
	return (await contentSync()).syncContentInSlices(...args);
}
