// Where "Next question" goes after a drill is solved, by how the drill was opened: the next step of
// the learning path it came from, else the next drill of its deck in the deck page's order (by
// title). At the end of either, back to the path or the deck. Pure.
import type { LearningPath } from '$lib/model';
import { stepAfter } from '$lib/practice';

export interface NextQuestion {
	href: string;
	label: string;
}

const DRILL_KINDS = new Set(['sql', 'schema', 'python']);

export interface DeckEntryLike {
	item: { id: string; kind: string; title: string };
}

/**
 * Example: nextQuestion({ itemId: 'sql-02', deck: 'sql', path: null, deckEntries })
 * → { href: '/practice/sql-03', label: 'Next question' }.
 */
export function nextQuestion({ itemId, deck, path, deckEntries }: { itemId: string; deck: string; path: LearningPath | null; deckEntries: readonly DeckEntryLike[] }): NextQuestion {
	if (path) {
		const next = stepAfter(path, itemId);
		if (next) return { href: `/practice/${encodeURIComponent(next)}?path=${encodeURIComponent(path.id)}`, label: 'Next question' };
		const inPath = path.sections.some((section) => section.items.includes(itemId));
		if (inPath) return { href: `/paths/${encodeURIComponent(path.id)}`, label: 'Back to the path: that was its last step' };
	}
	const drills = deckEntries.filter((entry) => DRILL_KINDS.has(entry.item.kind));
	const at = drills.findIndex((entry) => entry.item.id === itemId);
	const next = at === -1 ? null : drills[at + 1];
	if (next) return { href: `/practice/${encodeURIComponent(next.item.id)}`, label: 'Next question' };
	return { href: `/decks/${encodeURIComponent(deck)}`, label: 'Back to the deck: that was its last drill' };
}
