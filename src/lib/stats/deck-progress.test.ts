import { describe, expect, it } from 'vitest';
import { deckProgress } from './deck-progress';
import { card } from './testing';

describe('deckProgress', () => {
	it('sorts each deck\'s cards into new, learning, young and mature by phase and interval', () => {
		const cards = [
			card({ deck: 'sql', phase: 'new' }),
			card({ deck: 'sql', phase: 'learning' }),
			card({ deck: 'sql', phase: 'relearning' }),
			card({ deck: 'sql', phase: 'review', scheduledDays: 20 }),
			card({ deck: 'sql', phase: 'review', scheduledDays: 21 }),
			card({ deck: 'sql', phase: 'review', scheduledDays: 90, suspended: 1 }),
			card({ deck: 'sql', phase: 'review', archived: 1 }),
			card({ deck: 'python', phase: 'new' })
		];
		expect(deckProgress(cards)).toEqual([
			{ deck: 'sql', new: 1, learning: 2, young: 1, mature: 2, total: 6 },
			{ deck: 'python', new: 1, learning: 0, young: 0, mature: 0, total: 1 }
		]);
	});
});
