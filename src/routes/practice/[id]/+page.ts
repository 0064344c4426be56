import { deckContents, itemsByIds } from '$lib/db';
import { appReady } from '$lib/session/screens/ready';
import { isDrillItem } from '$lib/session/drill-session.svelte';
import { pathById } from '$lib/session/paths';
import { nextQuestion } from './next-question';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params, url }) => {
	const { db } = await appReady();
	const [item] = await itemsByIds(db, [params.id]);
	if (!item || !isDrillItem(item)) return { item: item ?? null, next: null };
	// A solved drill leads on: in its path when opened from one, else in its deck.
	const path = pathById(url.searchParams.get('path') ?? '');
	return { item, next: nextQuestion({ itemId: item.id, deck: item.deck, path, deckEntries: await deckContents(db, item.deck) }) };
};
