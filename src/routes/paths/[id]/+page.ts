import { appReady } from '$lib/session/screens/ready';
import { loadPathView } from '$lib/session/paths';
import type { PageLoad } from './$types';

/** The path with what the user has studied of it; null when no path has this id. */
export const load: PageLoad = async ({ params }) => {
	const { db } = await appReady();
	return { view: await loadPathView(db, params.id) };
};
