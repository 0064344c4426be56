import { describe, expect, it } from 'vitest';
import { plainText, promptOf, statusesOf, type CardStatusInput } from './row';

const NOW = Date.UTC(2026, 10, 14, 12);
const DAY = 86_400_000;
const card = (overrides: Partial<CardStatusInput> = {}): CardStatusInput => ({ phase: 'new', due: NOW, lapses: 0, suspended: 0, ...overrides });

describe('statusesOf', () => {
	it('calls an item new while none of its cards has been answered', () => {
		expect(statusesOf('concept', [card(), card()], false, NOW)).toEqual(['new']);
		expect(statusesOf('concept', [card(), card({ phase: 'review', due: NOW + DAY })], false, NOW)).toEqual([]);
	});

	it('marks learning, due and lapsed from any of its cards', () => {
		const cards = [card({ phase: 'relearning', due: NOW + 60_000, lapses: 1 }), card({ phase: 'review', due: NOW - DAY })];
		expect(statusesOf('table', cards, false, NOW)).toEqual(['learning', 'due', 'lapsed']);
	});

	it('does not call a suspended card due', () => {
		expect(statusesOf('concept', [card({ phase: 'review', due: NOW - DAY, suspended: 1 })], false, NOW)).toEqual([]);
	});

	it('counts a card due at exactly now, not one due a moment later', () => {
		expect(statusesOf('concept', [card({ phase: 'review', due: NOW })], false, NOW)).toEqual(['due']);
		expect(statusesOf('concept', [card({ phase: 'review', due: NOW + 1 })], false, NOW)).toEqual([]);
	});

	it('gives SQL and Python drills solved or never solved, and other kinds neither', () => {
		expect(statusesOf('sql', [card()], true, NOW)).toEqual(['new', 'solved']);
		expect(statusesOf('python', [card()], false, NOW)).toEqual(['new', 'never-solved']);
		expect(statusesOf('concept', [card()], true, NOW)).toEqual(['new']);
	});
});

describe('promptOf', () => {
	it('turns Markdown prompts into plain text', () => {
		expect(plainText('## Ranks\n**Why** use `DENSE_RANK()`, _not_ ROW_NUMBER?\n\n```sql\nSELECT 1\n```\nSee [docs](https://x.y).')).toBe(
			'Ranks Why use DENSE_RANK(), not ROW_NUMBER? SELECT 1 See docs.'
		);
	});

	it('uses the cue of a script and the step names of a sequence', () => {
		const base = { id: 'x', deck: 'd', title: 't', topics: [], difficulty: 1 as const, domain: 'general' as const, source: '' };
		expect(promptOf({ ...base, kind: 'script', cue: 'They ask about grain', script: '', mustSay: [], synonyms: {}, phase: null, targetSeconds: 30, notesHtml: '' })).toBe(
			'They ask about grain'
		);
		expect(
			promptOf({ ...base, kind: 'sequence', descriptionHtml: '', steps: [{ name: 'Clarify', minutes: null, goal: '' }, { name: 'Model', minutes: null, goal: '' }] })
		).toBe('Clarify, Model');
	});
});

describe('rounds and companies in the bank', () => {
	it('keeps rows of a chosen round, and a company’s businesses', async () => {
		const { bankRow } = await import('./fixtures');
		const { matchesFacets } = await import('./row');
		const { EMPTY_FILTER } = await import('./filter');
		const sql = bankRow('a', { rounds: ['sql-live', 'phone-screen'], domain: 'payments' });
		const ride = bankRow('b', { rounds: ['system-design'], domain: 'ride-share' });
		expect([sql, ride].filter((row) => matchesFacets(row, { ...EMPTY_FILTER, rounds: ['phone-screen'] }))).toEqual([sql]);
		expect([sql, ride].filter((row) => matchesFacets(row, { ...EMPTY_FILTER, company: 'uber' }))).toEqual([ride]);
		expect([sql, ride].filter((row) => matchesFacets(row, { ...EMPTY_FILTER, company: 'stripe' }))).toEqual([sql]);
	});
});
