import { describe, expect, it } from 'vitest';
import { cellId, checkCell, columnChoices, gridResult, makeGrid, mergeConfusions, type GridTable } from './index';

const table: GridTable = {
	columns: ['Situation', 'Index type', 'Note'],
	rows: [
		['Equality or range filter', 'B-tree', 'The default'],
		['JSONB containment', 'GIN', 'Serves @>'],
		['One status value', 'Partial index', 'Stays small'],
		['Several columns', 'Composite B-tree', 'Equality first'],
		['Full-text search', 'GIN', 'tsvector']
	]
};

const blankIds = (seed: string | number, count: number) => makeGrid(table, seed, count).blanks.map((b) => cellId(b.row, b.col));

describe('makeGrid', () => {
	it('blanks the same cells for the same seed and different ones for another', () => {
		expect(blankIds('card-1@2025-03-01', 4)).toEqual(blankIds('card-1@2025-03-01', 4));
		const seeds = ['a', 'b', 'c', 'd', 'e'].map((seed) => blankIds(seed, 4).join());
		expect(new Set(seeds).size).toBeGreaterThan(1);
	});

	it('never blanks the row key unless asked, and clamps the count', () => {
		expect(makeGrid(table, 1, 100).blanks).toHaveLength(10);
		expect(makeGrid(table, 1, 100).blanks.every((b) => b.col > 0)).toBe(true);
		expect(makeGrid(table, 1, 100, { includeKeyColumn: true }).blanks).toHaveLength(15);
		expect(makeGrid(table, 1, 3, { columns: [1] }).blanks.every((b) => b.col === 1)).toBe(true);
	});

	it('keeps the answer in a blank cell and the text in the others', () => {
		const grid = makeGrid(table, 'x', 2);
		const [first] = grid.blanks;
		expect(grid.rows[first.row][first.col]).toEqual({ row: first.row, col: first.col, kind: 'blank', answer: table.rows[first.row][first.col] });
		expect(grid.rows.flat().filter((c) => c.kind === 'blank')).toHaveLength(2);
	});
});

describe('checkCell and columnChoices', () => {
	it('forgives case, punctuation, spacing and simple spellings', () => {
		expect(checkCell('B-tree', ' btree ')).toBe(true);
		expect(checkCell('Composite B-tree', 'composite b tree')).toBe(true);
		expect(checkCell('JSONB column plus GIN index', 'jsonb column + gin index')).toBe(true);
		expect(checkCell('Partial index', 'a partial index')).toBe(true);
		expect(checkCell('GIN', 'B-tree')).toBe(false);
		expect(checkCell('GIN', '')).toBe(false);
	});

	it('lists each distinct value once, alphabetically', () => {
		expect(columnChoices(table, 1)).toEqual(['B-tree', 'Composite B-tree', 'GIN', 'Partial index']);
	});
});

describe('gridResult and mergeConfusions', () => {
	const grid = makeGrid(table, 'seed', 10, { columns: [1] });

	it('gives a verdict per blank and lists wrong picks as confusions', () => {
		const answers = new Map([
			[cellId(0, 1), 'b-tree'],
			[cellId(1, 1), 'B-tree'],
			[cellId(2, 1), 'Partial index'],
			[cellId(3, 1), '']
		]);
		const result = gridResult(grid, answers);
		expect([result.correct, result.total]).toEqual([2, 5]);
		expect(result.confusions).toEqual([{ column: 'Index type', expected: 'GIN', given: 'B-tree' }]);
		expect(gridResult(grid, { [cellId(1, 1)]: 'GIN' }).correct).toBe(1);
	});

	it('counts each confused pair across sessions, most frequent first', () => {
		const first = mergeConfusions([], [
			{ column: 'Index type', expected: 'GIN', given: 'B-tree' },
			{ column: 'Index type', expected: 'Partial index', given: 'B-tree' }
		]);
		const merged = mergeConfusions(first, [
			{ column: 'Index type', expected: 'GIN', given: 'b-tree' },
			{ column: 'Note', expected: 'Stays small', given: 'The default' }
		]);
		expect(merged).toEqual([
			{ column: 'Index type', expected: 'GIN', given: 'B-tree', count: 2 },
			{ column: 'Index type', expected: 'Partial index', given: 'B-tree', count: 1 },
			{ column: 'Note', expected: 'Stays small', given: 'The default', count: 1 }
		]);
	});
});
