import { itemsByIds } from '$lib/db';
import { appReady } from '$lib/session/screens/ready';
import type { PageLoad } from './$types';

/** `?from=<item id>`: the item to start a copy from (null when there is none by that id). */
export const load: PageLoad = async ({ url }) => {
	const from = url.searchParams.get('from');
	if (!from) return { from: null, source: null };
	const { db } = await appReady();
	const [source] = await itemsByIds(db, [from]);
	return { from, source: source ?? null };
};
