import { appReady } from '$lib/session/screens/ready';
import { ReviewScreen } from '$lib/session/screens/review-screen.svelte';
import type { PageLoad } from './$types';

// A screen per address: the mode never changes in the middle of a session, but a link on this
// screen ("Study 10 more new cards") opens the next, and SvelteKit loads again when the query does.
export const load: PageLoad = async ({ url }) => {
	const { db, currentSettings } = await appReady();
	return { screen: await ReviewScreen.open(db, currentSettings, url.searchParams) };
};
