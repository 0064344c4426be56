import { now } from '$lib/clock';
import { BankView } from '$lib/session/bank.svelte';
import { SavedSets } from '$lib/session/saved-sets.svelte';
import { appReady } from '$lib/session/screens/ready';
import type { PageLoad } from './$types';

/** The bank's rows and the saved sets, both read before the page draws (a failed read: +error). */
export const load: PageLoad = async () => {
	const { db } = await appReady();
	const view = new BankView();
	const sets = new SavedSets(db);
	await Promise.all([view.load(db, now()), sets.refresh()]);
	return { view, sets };
};
