import { describe, expect, it } from 'vitest';
import type { LearningPath } from '$lib/model';
import { nextQuestion } from './next-question';

const entry = (id: string, kind = 'sql') => ({ item: { id, kind, title: id } });
const deckEntries = [entry('sql-01'), entry('concept-x', 'concept'), entry('sql-02'), entry('py-01', 'python'), entry('script-y', 'script')];
const path = {
	id: 'joins',
	title: 'Joins',
	summary: '',
	sections: [
		{ title: 'A', summary: '', items: ['concept-x', 'sql-02'] },
		{ title: 'B', summary: '', items: ['sql-01'] }
	]
} as unknown as LearningPath;

describe('nextQuestion', () => {
	it('goes to the next drill of the deck, skipping cards that are not drills', () => {
		expect(nextQuestion({ itemId: 'sql-01', deck: 'sql', path: null, deckEntries })).toEqual({ href: '/practice/sql-02', label: 'Next question' });
		expect(nextQuestion({ itemId: 'sql-02', deck: 'sql', path: null, deckEntries }).href).toBe('/practice/py-01');
	});

	it('goes back to the deck after its last drill', () => {
		expect(nextQuestion({ itemId: 'py-01', deck: 'sql', path: null, deckEntries })).toEqual({ href: '/decks/sql', label: 'Back to the deck: that was its last drill' });
	});

	it('follows the path the drill was opened from, across its sections, keeping the path in the link', () => {
		expect(nextQuestion({ itemId: 'sql-02', deck: 'sql', path, deckEntries })).toEqual({ href: '/practice/sql-01?path=joins', label: 'Next question' });
	});

	it('goes back to the path after its last step', () => {
		expect(nextQuestion({ itemId: 'sql-01', deck: 'sql', path, deckEntries }).href).toBe('/paths/joins');
	});

	it('uses the deck when the path given does not hold the drill', () => {
		expect(nextQuestion({ itemId: 'py-01', deck: 'sql', path, deckEntries }).href).toBe('/decks/sql');
		expect(nextQuestion({ itemId: 'sql-01', deck: 'sql', path: { ...path, sections: [] }, deckEntries }).href).toBe('/practice/sql-02');
	});
});
