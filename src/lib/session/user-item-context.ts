// The decks and datasets an own card may use (those of the installed content), and how kinds are named.
import type { UserItemKind } from '$lib/user-items';
import { datasets } from './datasets';
import { decks } from './decks';
import type { EditorContext } from './user-item-editor.svelte';

export const editorContext: EditorContext = {
	decks: decks.map((deck) => deck.id),
	datasets: datasets.map((dataset) => dataset.id)
};

/** Each kind as it reads inside a sentence ("New SQL drill"). */
export const KIND_NOUNS: Record<UserItemKind, string> = { concept: 'concept card', script: 'script', sql: 'SQL drill' };

/** Each kind as a label on its own ("SQL drill", "Concept card"). */
export function kindLabel(kind: UserItemKind): string {
	const noun = KIND_NOUNS[kind];
	return noun[0].toUpperCase() + noun.slice(1);
}
