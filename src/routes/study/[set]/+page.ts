import { now } from '$lib/clock';
import { appReady } from '$lib/session/screens/ready';
import { loadSetOverview } from '$lib/session/set-study';
import type { PageLoad } from './$types';

/** The saved set's size and what is due in it (null when no set has this id), and its Anki export. */
export const load: PageLoad = async ({ params }) => {
	const { db, settings } = await appReady();
	const overview = await loadSetOverview(db, settings, params.set, now());
	return {
		overview,
		newPerDay: settings.newPerDay,
		// The export's packaging code loads only when asked for.
		exportToAnki: () => import('$lib/interop/export-anki').then((m) => m.exportSetToAnki(db, overview!.set, now()))
	};
};
