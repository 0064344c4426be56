import { appReady } from '$lib/session/screens/ready';
import { StatsScreen } from '$lib/session/screens/stats-screen.svelte';
import { loadChartLibrary } from '$lib/ui/stats/chart-library';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	// The charts' library downloads while the figures are read; a failure is the charts' to show
	// (each asks again, and says so in its place).
	loadChartLibrary().catch(() => undefined);
	const { db, settings } = await appReady();
	return { screen: await StatsScreen.open(db, settings) };
};
