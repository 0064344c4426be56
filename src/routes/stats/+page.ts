import { appReady } from '$lib/session/screens/ready';
import { StatsScreen } from '$lib/session/screens/stats-screen.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const { db, settings } = await appReady();
	return { screen: await StatsScreen.open(db, settings) };
};
