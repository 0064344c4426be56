// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '$lib/db/testing';
import { getUserItem } from '$lib/db/user-items';
import { runSql } from '$lib/runners/sql/sql-runner';
import { UserItemEditor } from './user-item-editor.svelte';

// Real sql.js runs the reference queries; only the worker around it is replaced, by the same engine
// in-process, and the datasets come from a fixture instead of the precache.
vi.mock('$lib/runners/sql/sql-runner', async () => {
	const { default: initSqlJs } = await import('sql.js');
	const { DEFAULT_MAX_ROWS, SqlEngine } = await import('$lib/runners/sql/engine');
	const engine = new SqlEngine(await initSqlJs());
	return {
		runSql: vi.fn(async (_dialect: string, datasetId: string, datasetSql: string, query: string, options: { maxRows?: number } = {}) =>
			engine.run({ datasetId, datasetSql, query, maxRows: options.maxRows ?? DEFAULT_MAX_ROWS })
		)
	};
});
vi.mock('./datasets', () => ({
	datasetSql: async (id: string) =>
		id === 'shop' ? readFileSync('tests/fixtures/runners/shop.sql', 'utf8') : 'CREATE TABLE rides (id INTEGER PRIMARY KEY); INSERT INTO rides VALUES (1), (2);'
}));

const NOW = Date.UTC(2026, 10, 21, 12);
const context = { decks: ['modeling', 'sql'], datasets: ['shop', 'rides'] };

function sqlEditor(): UserItemEditor {
	const editor = new UserItemEditor('sql', context);
	editor.dialect = 'sqlite';
	editor.prompt = 'Count the orders.';
	editor.solution = 'SELECT COUNT(*) AS n FROM orders';
	return editor;
}

describe('UserItemEditor', () => {
	beforeEach(() => {
		vi.mocked(runSql).mockClear();
	});

	it('starts a SQL drill in the SQL deck on the first dataset', () => {
		const editor = new UserItemEditor('sql', context);
		expect([editor.deck, editor.datasetId]).toEqual(['sql', 'shop']);
	});

	it('keeps the reference query\u2019s result as the expected rows', async () => {
		const editor = sqlEditor();
		expect(editor.problems.map((p) => p.field)).toEqual(['expectedColumns']);

		await editor.runReference();

		expect(runSql).toHaveBeenCalledWith('sqlite', 'shop', expect.stringContaining('CREATE TABLE'), 'SELECT COUNT(*) AS n FROM orders', {});
		expect(editor.expected).toEqual({ columns: ['n'], rows: [[4]] });
		expect(editor.problems).toEqual([]);
	});

	it('asks for a new run when the query or the dataset changed since the result was kept', async () => {
		const editor = sqlEditor();
		await editor.runReference();

		editor.solution = 'SELECT COUNT(*) AS n FROM orders WHERE 1';
		expect(editor.expectedStale).toBe(true);
		expect(editor.problems).toEqual([{ field: 'expectedColumns', message: 'The query or dataset changed since its result was kept: run it again.' }]);
		editor.solution = 'SELECT COUNT(*) AS n FROM orders';
		editor.datasetId = 'rides';
		expect(editor.expectedStale).toBe(true);
		editor.solution = 'SELECT COUNT(*) AS n FROM rides';
		await editor.runReference();
		expect(editor.expectedStale).toBe(false);
	});

	it('reports a SQL error, a cut-off result and a missing query without keeping anything', async () => {
		const editor = sqlEditor();
		editor.solution = 'SELECT COUNT(*) FROM ordr';
		await editor.runReference();
		expect(editor.runError).toBe('no such table: ordr');

		editor.solution = 'WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < 5000) SELECT id FROM n';
		await editor.runReference();
		expect(editor.runError).toBe('The query returned 5000 rows; a drill can check at most 200. Narrow it down.');
		expect(editor.expected).toBeNull();

		editor.solution = '  ';
		await editor.runReference();
		expect(editor.runError).toBe('Write the reference query first.');
		expect(runSql).toHaveBeenCalledTimes(2);
	});

	it('saves nothing while a field is wrong, and shows problems only after trying', async () => {
		const db = await freshDb();
		const editor = new UserItemEditor('script', context);
		editor.cue = 'Asked where to start';
		editor.script = 'Let me confirm the grain first.';
		editor.mustSay = 'confirm the grain\nstar schema';
		expect(editor.problemFor('mustSay')).toBeNull();

		expect(await editor.save(db, NOW)).toBeNull();
		expect(editor.problemFor('mustSay')).toBe('"star schema" does not occur in the script; a must-say phrase is words taken from it.');
		expect(await db.items.count()).toBe(0);

		editor.mustSay = 'confirm the grain';
		const id = await editor.save(db, NOW);
		expect(id).toMatch(/^mine-/);
		expect(await getUserItem(db, id!)).toMatchObject({ kind: 'script', mustSay: ['confirm the grain'], deck: 'modeling' });
	});

	it('duplicates a script with its synonyms, phase and notes, shown in the form and saved', async () => {
		const db = await freshDb();
		const source = {
			kind: 'script' as const,
			deck: 'modeling',
			cue: 'Pushed to drop the normalised source',
			script: 'The source of truth stays normalised.',
			mustSay: ['stays normalised'],
			synonyms: { normalised: ['normalized'], truth: ['record'] },
			phase: 3,
			notes: 'Name the **pattern**.'
		};
		const editor = new UserItemEditor('script', context, null, source);
		expect(editor.synonyms).toBe('normalised: normalized\ntruth: record');
		expect([editor.phase, editor.notes]).toEqual([3, 'Name the **pattern**.']);
		editor.synonyms += '\nno colon here\nsource: origin, input';
		const id = await editor.save(db, NOW);
		expect(await getUserItem(db, id!)).toMatchObject({
			synonyms: { normalised: ['normalized'], truth: ['record'], source: ['origin', 'input'] },
			phase: 3,
			notesHtml: '<p>Name the <strong>pattern</strong>.</p>\n'
		});
	});

	it('edits in place: the saved id is kept', async () => {
		const db = await freshDb();
		const editor = new UserItemEditor('concept', context);
		editor.prompt = 'What is a grain?';
		editor.answer = 'What one row means.';
		const id = (await editor.save(db, NOW))!;

		const item = (await getUserItem(db, id))!;
		const again = new UserItemEditor('concept', context, id, { kind: 'concept', deck: item.deck, prompt: 'What is a **grain**?', answer: 'One row.' });
		expect(await again.save(db, NOW + 1)).toBe(id);
		expect(await getUserItem(db, id)).toMatchObject({ promptHtml: '<p>What is a <strong>grain</strong>?</p>\n', updatedAt: NOW + 1 });
		expect(await db.cards.count()).toBe(1);

		expect(await again.remove(db, NOW + 2)).toBe(true);
		expect(await getUserItem(db, id)).toBeNull();
	});
});
