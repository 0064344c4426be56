import { describe, expect, it } from 'vitest';
import { checkInterviewDraft, emptyInterviewDraft, isCalendarDate, normaliseInterviewDraft } from './interview-draft';

const valid = { ...emptyInterviewDraft(), name: 'Stripe onsite', date: '2025-04-22' };

describe('checkInterviewDraft', () => {
	it('accepts a named interview from today on', () => {
		expect(checkInterviewDraft(valid, '2025-04-22')).toEqual({});
	});

	it('names every field that needs fixing', () => {
		const problems = checkInterviewDraft(
			{ ...valid, name: '', date: '2025-02-30', minutesPerDay: 2.5, targetRetention: 1 },
			'2025-04-10'
		);
		expect(Object.keys(problems).sort()).toEqual(['date', 'minutesPerDay', 'name', 'targetRetention']);
		expect(checkInterviewDraft({ ...valid, date: '2025-04-09' }, '2025-04-10').date).toMatch(/passed/);
		expect(checkInterviewDraft({ ...valid, name: 'x'.repeat(61) }, '2025-04-10').name).toMatch(/60 characters/);
	});
});

it('recognises real calendar dates only', () => {
	expect(isCalendarDate('2024-02-29')).toBe(true);
	expect(isCalendarDate('2025-02-29')).toBe(false);
	expect(isCalendarDate('2025-4-1')).toBe(false);
});

it('trims the name and drops repeated decks and sets', () => {
	expect(normaliseInterviewDraft({ ...valid, name: ' Loop ', deckIds: ['sql', 'sql'], setIds: ['s', 's'] })).toMatchObject({
		name: 'Loop',
		deckIds: ['sql'],
		setIds: ['s']
	});
});
