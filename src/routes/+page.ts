import { now } from '$lib/clock';
import { appReady, CONTENT_STORED } from '$lib/session/screens/ready';
import { loadToday } from '$lib/session/today';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends }) => {
	// Drawn from the first slice of a first visit's content; loaded again when the rest is stored.
	depends(CONTENT_STORED);
	const { db, settings } = await appReady({ firstSlice: true });
	return { today: await loadToday(db, settings, now()) };
};
