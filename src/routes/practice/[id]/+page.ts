import { deckContents, itemsByIds, type ItemRecord } from '$lib/db';
import { app } from '$lib/session/app.svelte';
import { appReady } from '$lib/session/screens/ready';
import { isDrillItem } from '$lib/session/drill-session.svelte';
import { pathById } from '$lib/session/paths';
import type { Item } from '$lib/model';
import { nextQuestion } from './next-question';
import type { PageLoad } from './$types';

/** A bundled item read from its slice file, as the stored row it is about to become. */
const asStored = (item: Item): ItemRecord => ({ ...item, origin: 'bundle', hash: '', archived: 0, updatedAt: 0 });

export const load: PageLoad = async ({ params, url }) => {
	// A link opened on a first visit draws from the item's own slice, not after the whole bank.
	const { db } = await appReady({ content: 'none' });
	const [stored] = await itemsByIds(db, [params.id]);
	const fromBank = !stored && app.contentLoading ? await app.bankItem(params.id) : null;
	const item = stored ?? (fromBank ? asStored(fromBank) : null);
	if (!item || !isDrillItem(item)) return { item, next: Promise.resolve(null) };
	// A solved drill leads on: in its path when opened from one, else in its deck (whole once stored).
	const path = pathById(url.searchParams.get('path') ?? '');
	const next = app.contentStored.then(async () => nextQuestion({ itemId: item.id, deck: item.deck, path, deckEntries: await deckContents(db, item.deck) }))
		// Without the whole bank there is no next question to offer; the drill itself is unaffected.
		.catch(() => null);
	return { item, next };
};
