// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SqlRunResult } from '$lib/runners/protocol';
import { freshDb } from '$lib/db/testing';
import { getUserItem } from '$lib/db/user-items';
import { UserItemEditor } from './user-item-editor.svelte';

const runUserSql = vi.fn<(datasetId: string, code: string) => Promise<SqlRunResult>>();
vi.mock('./run-code', () => ({ runUserSql: (_dialect: string, datasetId: string, code: string) => runUserSql(datasetId, code) }));

const NOW = Date.UTC(2026, 10, 21, 12);
const context = { decks: ['modeling', 'sql'], datasets: ['shop', 'rides'] };

function ok(columns: string[], rows: (string | number | null)[][], totalRows = rows.length): SqlRunResult {
	return { error: null, columns, rows, truncated: totalRows > rows.length, totalRows, elapsedMs: 3, statements: 1 };
}

function sqlEditor(): UserItemEditor {
	const editor = new UserItemEditor('sql', context);
	editor.prompt = 'Count the orders.';
	editor.solution = 'SELECT COUNT(*) AS n FROM orders';
	return editor;
}

describe('UserItemEditor', () => {
	beforeEach(() => runUserSql.mockReset());

	it('starts a SQL drill in the SQL deck on the first dataset', () => {
		const editor = new UserItemEditor('sql', context);
		expect([editor.deck, editor.datasetId]).toEqual(['sql', 'shop']);
	});

	it('keeps the reference query\u2019s result as the expected rows', async () => {
		runUserSql.mockResolvedValue(ok(['n'], [[12]]));
		const editor = sqlEditor();
		expect(editor.problems.map((p) => p.field)).toEqual(['expectedColumns']);

		await editor.runReference();

		expect(runUserSql).toHaveBeenCalledWith('shop', 'SELECT COUNT(*) AS n FROM orders');
		expect(editor.expected).toEqual({ columns: ['n'], rows: [[12]] });
		expect(editor.problems).toEqual([]);
	});

	it('asks for a new run when the query or the dataset changed since the result was kept', async () => {
		runUserSql.mockResolvedValue(ok(['n'], [[12]]));
		const editor = sqlEditor();
		await editor.runReference();

		editor.solution = 'SELECT COUNT(*) AS n FROM orders WHERE 1';
		expect(editor.expectedStale).toBe(true);
		expect(editor.problems).toEqual([{ field: 'expectedColumns', message: 'The query or dataset changed since its result was kept: run it again.' }]);
		editor.solution = 'SELECT COUNT(*) AS n FROM orders';
		editor.datasetId = 'rides';
		expect(editor.expectedStale).toBe(true);
		await editor.runReference();
		expect(editor.expectedStale).toBe(false);
	});

	it('reports a SQL error, a cut-off result and a missing query without keeping anything', async () => {
		const editor = sqlEditor();
		runUserSql.mockResolvedValueOnce({ error: { message: 'no such table: order', statement: 1 }, elapsedMs: 1 });
		await editor.runReference();
		expect(editor.runError).toBe('no such table: order');

		runUserSql.mockResolvedValueOnce(ok(['id'], [[1], [2]], 5000));
		await editor.runReference();
		expect(editor.runError).toBe('The query returned 5000 rows; a drill can check at most 200. Narrow it down.');
		expect(editor.expected).toBeNull();

		editor.solution = '  ';
		await editor.runReference();
		expect(editor.runError).toBe('Write the reference query first.');
		expect(runUserSql).toHaveBeenCalledTimes(2);
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
