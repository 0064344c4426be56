import { now } from '$lib/clock';
import { appReady } from '$lib/session/screens/ready';
import { loadDeckPage } from '$lib/session/deck-view.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const { db, settings } = await appReady();
	return { page: await loadDeckPage(db, settings, params.deck, now()) };
};
