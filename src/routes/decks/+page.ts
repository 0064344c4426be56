import { deckOverview } from '$lib/db';
import { now } from '$lib/clock';
import { appReady } from '$lib/session/screens/ready';
import { dayWindow } from '$lib/srs';
import type { PageLoad } from './$types';

export const load: PageLoad = async () => {
	const { db, settings } = await appReady();
	const rows = await deckOverview(db, dayWindow(now(), settings.dayStartHour).end);
	return { overview: new Map(rows.map((row) => [row.deck, row])) };
};
