import { appReady } from '$lib/session/screens/ready';
import { loadDesignOverview } from '$lib/session/design-overview';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const { db } = await appReady();
	return { entries: await loadDesignOverview(db) };
};
