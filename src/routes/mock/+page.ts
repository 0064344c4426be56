import { appReady } from '$lib/session/screens/ready';
import { MockScreen } from '$lib/session/screens/mock-screen.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const { db } = await appReady();
	return { screen: await MockScreen.open(db) };
};
