// What a review session has done so far, kept immutable so that undo can put back the value it
// replaced. Answers and cards are counted apart: a first pass of 20 new cards, each seen twice while
// learning, is 40 answers to 20 cards, and the end screen must say which is which.
import type { Grade } from '$lib/model';

export interface SessionSummary {
	/** Every grade given, a card seen three times counting three. */
	answered: number;
	/** Distinct cards answered at least once. */
	cards: number;
	byGrade: Record<Grade, number>;
	/** Time spent on the answered cards, ms. */
	timeMs: number;
	/** Ids of the cards answered: what `cards` counts. */
	cardIds: ReadonlySet<string>;
}

export const emptySummary = (): SessionSummary => ({
	answered: 0,
	cards: 0,
	byGrade: { 1: 0, 2: 0, 3: 0, 4: 0 },
	timeMs: 0,
	cardIds: new Set()
});

/** The summary after one more answer; `summary` itself is left as it was. */
export function withAnswer(summary: SessionSummary, cardId: string, grade: Grade, durationMs: number): SessionSummary {
	const seen = summary.cardIds.has(cardId);
	return {
		answered: summary.answered + 1,
		cards: seen ? summary.cards : summary.cards + 1,
		byGrade: { ...summary.byGrade, [grade]: summary.byGrade[grade] + 1 },
		timeMs: summary.timeMs + Math.max(0, durationMs),
		cardIds: seen ? summary.cardIds : new Set([...summary.cardIds, cardId])
	};
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The end screen's headline count, e.g. "40 answers to 20 cards", or "5 cards" when every card was
 * answered once (then the two numbers are one).
 */
export function answersText(summary: Pick<SessionSummary, 'answered' | 'cards'>): string {
	if (summary.answered === summary.cards) return plural(summary.cards, 'card', 'cards');
	return `${plural(summary.answered, 'answer', 'answers')} to ${plural(summary.cards, 'card', 'cards')}`;
}
