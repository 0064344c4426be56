import { describe, expect, it } from 'vitest';
import { tallyToday } from './today-tally';

describe('tallyToday', () => {
	it('counts first answers once per card, review answers each time, and every item touched', () => {
		const tally = tallyToday([
			{ cardId: 'a::main', itemId: 'a', phaseBefore: 'new' },
			{ cardId: 'a::main', itemId: 'a', phaseBefore: 'learning' },
			{ cardId: 'b::main', itemId: 'b', phaseBefore: 'review' },
			{ cardId: 'b::main', itemId: 'b', phaseBefore: 'review' },
			{ cardId: 'c::main', itemId: 'c', phaseBefore: 'relearning' }
		]);
		expect([...tally.introduced]).toEqual(['a::main']);
		expect(tally.reviewsDone).toBe(2);
		expect([...tally.items].sort()).toEqual(['a', 'b', 'c']);
	});

	it('is empty for a day with no answers', () => {
		expect(tallyToday([])).toEqual({ introduced: new Set(), reviewsDone: 0, items: new Set() });
	});
});
