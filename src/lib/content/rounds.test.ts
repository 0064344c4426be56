import { describe, expect, it } from 'vitest';
import { roundsOf } from './rounds';

describe('roundsOf', () => {
	it('takes the round of a drill from its kind, whatever its deck', () => {
		expect(roundsOf({ deck: 'product', kind: 'sql', difficulty: 2 })).toEqual(['sql-live']);
		expect(roundsOf({ deck: 'modeling', kind: 'schema', difficulty: 3 })).toEqual(['modeling-onsite']);
	});

	it('takes the round of a concept from its deck, and adds the phone screen for an easy one', () => {
		expect(roundsOf({ deck: 'streaming', kind: 'concept', difficulty: 2 })).toEqual(['system-design']);
		expect(roundsOf({ deck: 'streaming', kind: 'concept', difficulty: 1 })).toEqual(['system-design', 'phone-screen']);
	});

	it('never sends behavioural questions to the phone screen by difficulty alone', () => {
		expect(roundsOf({ deck: 'behavioural', kind: 'script', difficulty: 1 })).toEqual(['behavioural']);
	});

	it('uses the rounds an author named', () => {
		expect(roundsOf({ deck: 'sql', kind: 'concept', difficulty: 3, rounds: ['phone-screen'] })).toEqual(['phone-screen']);
	});
});
