// What the review screen asks of any card that is drilled rather than just revealed (a script in a
// typed/cloze/aloud mode, a table's grid, a sequence's order): whether the drill is finished (which
// reveals the answer), the grade it suggests, and the score and mode that go into the review row.
import type { Grade } from '$lib/srs';

export interface CardDrill {
	readonly kind: 'script' | 'grid' | 'order';
	/** The user finished the drill: the answer side shows. */
	readonly done: boolean;
	readonly suggestedGrade: Grade | null;
	/** For `ReviewSession.answer`: score 0-1 (null when self-graded) and how the card was drilled. */
	readonly answerExtra: { score: number | null; mode: string };
}

/** A day-stable seed: the same card shows the same blanks or shuffle all day, even after a reload. */
export function drillSeed(cardId: string, at: number): string {
	return `${cardId}@${new Date(at).toISOString().slice(0, 10)}`;
}
