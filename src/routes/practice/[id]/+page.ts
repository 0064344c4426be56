import { itemsByIds } from '$lib/db';
import { appReady } from '$lib/session/screens/ready';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const { db } = await appReady();
	const [item] = await itemsByIds(db, [params.id]);
	return { item: item ?? null };
};
