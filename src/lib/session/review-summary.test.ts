import { describe, expect, it } from 'vitest';
import { answersText, emptySummary, withAnswer } from './review-summary';

describe('review summary', () => {
	it('counts answers and distinct cards apart', () => {
		let summary = emptySummary();
		for (const card of ['a', 'b', 'a', 'c', 'a']) summary = withAnswer(summary, card, 3, 1000);
		expect(summary.answered).toBe(5);
		expect(summary.cards).toBe(3);
		expect(summary.byGrade).toEqual({ 1: 0, 2: 0, 3: 5, 4: 0 });
		expect(summary.timeMs).toBe(5000);
	});

	it('leaves the summary it was given untouched, so undo can restore it', () => {
		const first = withAnswer(emptySummary(), 'a', 1, 500);
		const second = withAnswer(first, 'b', 4, 700);
		expect(first).toMatchObject({ answered: 1, cards: 1, byGrade: { 1: 1, 2: 0, 3: 0, 4: 0 }, timeMs: 500 });
		expect([...first.cardIds]).toEqual(['a']);
		expect([...second.cardIds]).toEqual(['a', 'b']);
	});

	it('never counts a negative duration (a clock that stepped back)', () => {
		expect(withAnswer(emptySummary(), 'a', 3, -2000).timeMs).toBe(0);
	});

	it('says "40 answers to 20 cards" when learning steps showed cards twice', () => {
		let summary = emptySummary();
		for (let i = 0; i < 20; i++) summary = withAnswer(summary, `card-${i}`, 1, 0);
		for (let i = 0; i < 20; i++) summary = withAnswer(summary, `card-${i}`, 3, 0);
		expect(answersText(summary)).toBe('40 answers to 20 cards');
	});

	it('names cards alone when every card was answered once, in the singular for one', () => {
		expect(answersText({ answered: 5, cards: 5 })).toBe('5 cards');
		expect(answersText({ answered: 1, cards: 1 })).toBe('1 card');
		expect(answersText({ answered: 3, cards: 1 })).toBe('3 answers to 1 card');
	});
});
