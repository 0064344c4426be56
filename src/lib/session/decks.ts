// Deck names and order come with the content meta (no database read needed to label a deck).
import contentMeta from 'virtual:content/meta';
import type { Deck } from '$lib/model';

const byId = new Map(contentMeta.decks.map((deck) => [deck.id, deck]));

export const decks: readonly Deck[] = contentMeta.decks;

export function deckName(id: string): string {
	return byId.get(id)?.name ?? id;
}

/** Sorts anything with a deck id into the authored deck order; unknown decks go last. */
export function byDeckOrder<T extends { deck: string }>(a: T, b: T): number {
	return (byId.get(a.deck)?.order ?? 1e9) - (byId.get(b.deck)?.order ?? 1e9);
}
