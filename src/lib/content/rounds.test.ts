import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ROUNDS } from '../model/index.ts';
import { decksForRounds, roundsOf } from './rounds';

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

describe('decksForRounds', () => {
	it('gives the decks whose items prepare for the chosen rounds', () => {
		expect(decksForRounds(['sql-live', 'behavioural'])).toEqual(['sql', 'behavioural']);
		expect(decksForRounds(['modeling-onsite'])).toEqual(['modeling', 'warehouse', 'design']);
	});

	it('adds the SQL, Python and modeling basics to a phone screen', () => {
		expect(decksForRounds(['phone-screen']).sort()).toEqual(['modeling', 'product', 'python', 'sql']);
	});

	it('reaches every authored deck from some round, so onboarding can never hide one', () => {
		const authored = [...readFileSync('content/decks.yaml', 'utf8').matchAll(/^- id: (\S+)$/gm)].map((match) => match[1]);
		expect(authored.length).toBeGreaterThan(10);
		expect(decksForRounds(ROUNDS).sort()).toEqual(authored.sort());
	});
});
