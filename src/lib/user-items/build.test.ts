// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cardsOf } from '$lib/content';
import { loadContent } from '$lib/content/load';
import type { ScriptItem } from '$lib/model';
import { buildUserItem, draftOf } from './build';
import { UserItemError, type ConceptDraft, type ScriptDraft, type SqlDraft, type UserItemDraft } from './types';
import { validateUserItemDraft } from './validate';

const NOW = Date.UTC(2026, 10, 21, 12);

const concept: ConceptDraft = { kind: 'concept', deck: 'modeling', prompt: 'What is a **grain**?', answer: 'One row means *one* thing.' };
const script: ScriptDraft = {
	kind: 'script',
	deck: 'behavioural',
	cue: 'Asked to clarify requirements',
	script: 'Before I draw anything, let me confirm the grain.\nWho reads this table?\n\nThen I will sketch it.',
	mustSay: ['confirm the grain', 'Who reads']
};
const sql: SqlDraft = {
	kind: 'sql',
	deck: 'sql',
	datasetId: 'shop',
	prompt: 'Count the orders.',
	solution: 'SELECT COUNT(*) AS n FROM orders;',
	expectedColumns: ['n'],
	expectedRows: [[12]],
	ordered: false
};

function problemsOf(draft: UserItemDraft, options = {}): Record<string, string> {
	return Object.fromEntries(validateUserItemDraft(draft, options).map((p) => [p.field, p.message]));
}

describe('buildUserItem', () => {
	it('builds a concept with a mine- id, sanitised HTML and a title from the prompt', () => {
		const item = buildUserItem(concept, { now: NOW });
		expect(item.id).toMatch(/^mine-[0-9a-f-]{36}$/);
		expect(item).toMatchObject({
			kind: 'concept',
			deck: 'modeling',
			title: 'What is a grain?',
			difficulty: 2,
			domain: 'general',
			topics: [],
			promptHtml: '<p>What is a <strong>grain</strong>?</p>\n',
			answerHtml: '<p>One row means <em>one</em> thing.</p>\n'
		});
		expect(cardsOf(item).map((c) => c.id)).toEqual([`${item.id}::main`]);
	});

	it('makes a title from the first paragraph of the prompt, without Markdown', () => {
		const title = (prompt: string) => buildUserItem({ ...concept, prompt }, { now: NOW }).title;
		expect(title('## Why *SCD 2*?\n\n| a | b |\n|---|---|\n| 1 | 2 |')).toBe('Why SCD 2?');
		expect(title('See [the `docs`](https://x.y) > here')).toBe('See the docs > here');
		expect(title('word '.repeat(40))).toBe(`${'word '.repeat(11).trim()} word…`);
	});

	it('gives every new item its own id, and keeps the id it is given when editing', () => {
		const a = buildUserItem(concept, { now: NOW });
		const b = buildUserItem(concept, { now: NOW });
		expect(a.id).not.toBe(b.id);
		expect(buildUserItem(concept, { id: a.id, now: NOW }).id).toBe(a.id);
	});

	it('refuses an id that could clash with a bundled item', () => {
		expect(() => buildUserItem(concept, { id: 'sql-window-rank', now: NOW })).toThrow(/id: A user item id starts with "mine-"/);
	});

	it('renders hostile Markdown through the sanitiser', () => {
		const item = buildUserItem({ ...concept, answer: '<img src=x onerror=alert(1)> [x](javascript:alert(1))' }, { now: NOW });
		if (item.kind !== 'concept') throw new Error('kind');
		expect(item.answerHtml).not.toMatch(/<img|href=/i);
		expect(item.answerHtml).toBe('<p>&lt;img src=x onerror=alert(1)&gt; x</p>\n');
	});

	it('builds a script: paragraphs kept, lines joined, target time from its length', () => {
		const item = buildUserItem({ ...script, title: '  Clarify  ', topics: ['Requirements Gathering', 'requirements-gathering'] }, { now: NOW });
		expect(item).toMatchObject({
			kind: 'script',
			title: 'Clarify',
			topics: ['requirements-gathering'],
			script: 'Before I draw anything, let me confirm the grain. Who reads this table?\n\nThen I will sketch it.',
			mustSay: ['confirm the grain', 'Who reads'],
			synonyms: {},
			phase: null,
			targetSeconds: 7, // 17 words at 2.5 a second
			notesHtml: ''
		});
		expect(cardsOf(item).map((c) => c.variant)).toEqual(['recall']);
	});

	it('builds a SQL drill with its captured result', () => {
		const item = buildUserItem({ ...sql, hints: [' Use COUNT ', ''], ordered: true }, { now: NOW });
		expect(item).toMatchObject({
			kind: 'sql',
			dataset: 'shop',
			solution: 'SELECT COUNT(*) AS n FROM orders;',
			expected: { columns: ['n'], rows: [[12]] },
			ordered: true,
			checkColumnNames: false,
			hints: ['Use COUNT'],
			promptHtml: '<p>Count the orders.</p>\n',
			targetSeconds: 300
		});
	});

	it('throws one error naming every wrong field', () => {
		try {
			buildUserItem({ ...concept, prompt: ' ', answer: '', deck: '' }, { now: NOW });
			expect.unreachable();
		} catch (e) {
			expect(e).toBeInstanceOf(UserItemError);
			expect((e as UserItemError).problems.map((p) => p.field)).toEqual(['deck', 'prompt', 'answer']);
			expect((e as Error).message).toContain('prompt: The question is empty');
		}
	});

	it('round-trips through draftOf', () => {
		for (const draft of [concept, script, sql] as UserItemDraft[]) {
			const item = buildUserItem(draft, { now: NOW });
			const again = buildUserItem(draftOf(item)!, { id: item.id, now: NOW });
			expect(again).toEqual(item);
		}
	});
});

describe('duplicating a bundled script', () => {
	it('keeps its synonyms, phase and notes (regression: the copy lost all three)', async () => {
		const bundle = await loadContent();
		const original = bundle.items.find((item) => item.id === 'modeling-script-defend-hybrid') as ScriptItem;
		expect(original.synonyms).toEqual({ normalised: ['normalized'] });
		expect(original.phase).toBe(3);
		const copy = buildUserItem(draftOf(original)!, { now: NOW }) as ScriptItem;
		expect(copy.synonyms).toEqual(original.synonyms);
		expect(copy.phase).toBe(3);
		expect(copy.notesHtml).toContain('Name the pattern plainly');
		expect(copy.notesHtml.replace(/\s+/g, ' ')).toBe(original.notesHtml.replace(/\s+/g, ' '));
		// Editing the copy again changes nothing.
		expect(buildUserItem(draftOf(copy)!, { id: copy.id, now: NOW })).toEqual(copy);
	});

	it('keeps formatting in the notes, rendered through the sanitiser', () => {
		const item = buildUserItem({ ...script, notes: 'Say **why**.\n\n- first\n- second\n\n<img src=x onerror=alert(1)>' }, { now: NOW }) as ScriptItem;
		expect(item.notesHtml).toContain('<strong>why</strong>');
		expect(item.notesHtml).toContain('<li>first</li>');
		expect(item.notesHtml).not.toContain('<img');
		expect(buildUserItem(draftOf(item)!, { id: item.id, now: NOW })).toEqual(item);
	});

	it('refuses synonyms, a phase or notes of the wrong shape, by field', () => {
		const bad = { ...script, synonyms: { grain: 'level' }, phase: 7, notes: 42 } as unknown as ScriptDraft;
		expect(Object.keys(problemsOf(bad)).sort()).toEqual(['notes', 'phase', 'synonyms']);
		expect(problemsOf({ ...script, synonyms: { grain: ['level'] }, phase: null, notes: '' })).toEqual({});
	});
});

describe('validateUserItemDraft', () => {
	it('accepts the good drafts', () => {
		for (const draft of [concept, script, sql] as UserItemDraft[]) expect(validateUserItemDraft(draft)).toEqual([]);
	});

	it('names a must-say phrase that is not in the script', () => {
		expect(problemsOf({ ...script, mustSay: ['confirm the grain', 'star schema', ' '] })).toEqual({
			'mustSay[1]': '"star schema" does not occur in the script; a must-say phrase is words taken from it.',
			'mustSay[2]': 'Phrase 3 is empty.'
		});
		expect(problemsOf({ ...script, mustSay: [] })).toEqual({ mustSay: 'Add at least one phrase that must be said.' });
	});

	it('matches must-say phrases as whole words, ignoring case and punctuation', () => {
		expect(problemsOf({ ...script, mustSay: ['CONFIRM THE GRAIN', 'grain who reads'] })).toEqual({});
		expect(problemsOf({ ...script, mustSay: ['rain'] })).toHaveProperty('mustSay[0]');
	});

	it('asks for a captured result and well-shaped rows on a SQL drill', () => {
		expect(problemsOf({ ...sql, expectedColumns: [] })).toEqual({
			expectedColumns: 'There is no expected result yet: run the reference query and keep its result.'
		});
		expect(problemsOf({ ...sql, expectedRows: [[1], [1, 2]] })).toEqual({ 'expectedRows[1]': 'Row 2 must have 1 values (text, numbers or empty).' });
		expect(problemsOf({ ...sql, expectedRows: [[Number.NaN]] })).toHaveProperty('expectedRows[0]');
		expect(problemsOf({ ...sql, expectedRows: [] })).toEqual({});
	});

	it('checks deck and dataset against the known ones when given', () => {
		expect(problemsOf(sql, { decks: ['modeling'], datasets: ['shop'] })).toEqual({ deck: 'There is no deck "sql"; choose one of the list.' });
		expect(problemsOf(sql, { datasets: ['rides'] })).toEqual({ datasetId: 'There is no dataset "shop".' });
	});

	it('checks difficulty, domain, title length, text length and kind', () => {
		expect(Object.keys(problemsOf({ ...concept, difficulty: 4 as 1, domain: 'banking' as 'general', title: 'x'.repeat(201) }))).toEqual([
			'title',
			'difficulty',
			'domain'
		]);
		expect(problemsOf({ ...concept, answer: 'x'.repeat(20_001) })).toEqual({ answer: 'The answer is too long (20001 characters; at most 20000).' });
		expect(problemsOf({ ...concept, kind: 'python' } as unknown as UserItemDraft)).toEqual({ kind: 'Kind must be one of: concept, script, sql.' });
	});
});
