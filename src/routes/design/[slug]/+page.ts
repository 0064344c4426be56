import { appReady } from '$lib/session/screens/ready';
import { ScenarioSession } from '$lib/session/design-session.svelte';
import type { PageLoad } from './$types';

/** The scenario with the user's progress in it; null when no scenario has this slug. */
export const load: PageLoad = async ({ params }) => {
	const { db, settings } = await appReady();
	return { session: await ScenarioSession.open(db, params.slug, settings.sqlDialect) };
};
