import { getUserItem } from '$lib/db/user-items';
import { appReady } from '$lib/session/screens/ready';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const { db } = await appReady();
	return { item: await getUserItem(db, params.id) };
};
