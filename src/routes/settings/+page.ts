import { appReady } from '$lib/session/screens/ready';
import { openSettingsPanels } from '$lib/session/screens/settings-screen';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const { db, currentSettings } = await appReady();
	return { panels: await openSettingsPanels(db, currentSettings) };
};
