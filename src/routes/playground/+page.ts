import { appReady } from '$lib/session/screens/ready';
import { Playground } from '$lib/session/playground.svelte';
import type { PageLoad } from './$types';

/** The playground as the user left it: language, dataset, engine and code. */
export const load: PageLoad = async () => {
	const { db, settings } = await appReady();
	const playground = new Playground(db, settings.sqlDialect);
	await playground.restore();
	return { playground };
};
