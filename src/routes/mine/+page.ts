import { listUserItems } from '$lib/db/user-items';
import { appReady } from '$lib/session/screens/ready';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const { db } = await appReady();
	return { items: await listUserItems(db) };
};
