// Fill-the-grid drill for decision tables: blank some cells, check what the user types or picks,
// and remember which answers get confused with which (e.g. "B-tree" given where "GIN" belongs).
import type { TableItem } from '$lib/model';
import { seededRandom, shuffled, type Seed } from './random';
import { normalizeWords, type Synonyms } from './text-normalize';

export type GridTable = Pick<TableItem, 'columns' | 'rows'>;

export type GridCell =
	| { row: number; col: number; kind: 'given'; text: string }
	| { row: number; col: number; kind: 'blank'; answer: string };

export interface Grid {
	columns: string[];
	rows: GridCell[][];
	/** The blanked cells in reading order. */
	blanks: { row: number; col: number }[];
}

export interface GridOptions {
	/** Also blank the row key (first column); off by default, as the key is what the row is about. */
	includeKeyColumn?: boolean;
	/** Only blank cells in these column indices. */
	columns?: readonly number[];
}

/** How answers are keyed in `gridResult`: "row:col". */
export function cellId(row: number, col: number): string {
	return `${row}:${col}`;
}

/**
 * The table with `blanks` cells blanked (fewer if the table has fewer eligible cells). The same
 * table, seed and count always blank the same cells.
 */
export function makeGrid(table: GridTable, seed: Seed, blanks: number, opts: GridOptions = {}): Grid {
	const eligible: { row: number; col: number }[] = [];
	table.rows.forEach((cells, row) =>
		cells.forEach((text, col) => {
			if (col === 0 && !opts.includeKeyColumn) return;
			if (opts.columns && !opts.columns.includes(col)) return;
			if (text.trim()) eligible.push({ row, col });
		})
	);
	const chosen = shuffled(eligible, seededRandom(seed))
		.slice(0, Math.max(0, Math.floor(blanks)))
		.sort((x, y) => x.row - y.row || x.col - y.col);
	const blanked = new Set(chosen.map((c) => cellId(c.row, c.col)));
	return {
		columns: [...table.columns],
		rows: table.rows.map((cells, row) =>
			cells.map((text, col): GridCell =>
				blanked.has(cellId(row, col)) ? { row, col, kind: 'blank', answer: text } : { row, col, kind: 'given', text }
			)
		),
		blanks: chosen
	};
}

// Cell answers are short labels, so beyond case and punctuation a few spellings are folded too.
const CELL_SYNONYMS: Synonyms = { and: ['plus'] };
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The comparable form of a cell: words lowercased without punctuation, a leading article dropped,
 * then joined without spaces so "B-tree", "B tree" and "btree" are one answer.
 */
function cellKey(text: string, synonyms?: Synonyms): string {
	const words = normalizeWords(text.replace(/[&+]/g, ' and '), { ...CELL_SYNONYMS, ...synonyms });
	if (words.length > 1 && ARTICLES.has(words[0])) words.shift();
	return words.join('');
}

/** Whether `given` says `expected`, forgiving case, punctuation, spacing and simple synonyms. */
export function checkCell(expected: string, given: string, synonyms?: Synonyms): boolean {
	const key = cellKey(given, synonyms);
	return key !== '' && key === cellKey(expected, synonyms);
}

/** The distinct values of a column for pick mode, alphabetical so their order gives nothing away. */
export function columnChoices(table: GridTable, col: number): string[] {
	const seen = new Map<string, string>();
	for (const cells of table.rows) {
		const text = cells[col]?.trim();
		if (text && !seen.has(cellKey(text))) seen.set(cellKey(text), text);
	}
	return [...seen.values()].sort((x, y) => x.localeCompare(y));
}

export interface Confusion {
	column: string;
	expected: string;
	given: string;
}

export interface CellVerdict {
	row: number;
	col: number;
	expected: string;
	/** What the user gave, '' when left empty. */
	given: string;
	correct: boolean;
}

export interface GridResult {
	cells: CellVerdict[];
	correct: number;
	total: number;
	/** Wrong answers that were given (empty cells confuse nothing). */
	confusions: Confusion[];
}

/** Verdicts for every blank; `answers` maps `cellId(row, col)` to what the user typed or picked. */
export function gridResult(grid: Grid, answers: ReadonlyMap<string, string> | Readonly<Record<string, string>>, synonyms?: Synonyms): GridResult {
	const answerOf = (id: string) => (answers instanceof Map ? answers.get(id) : (answers as Record<string, string>)[id]) ?? '';
	const cells = grid.blanks.map(({ row, col }): CellVerdict => {
		const cell = grid.rows[row][col];
		const expected = cell.kind === 'blank' ? cell.answer : cell.text;
		const given = answerOf(cellId(row, col)).trim();
		return { row, col, expected, given, correct: checkCell(expected, given, synonyms) };
	});
	return {
		cells,
		correct: cells.filter((c) => c.correct).length,
		total: cells.length,
		confusions: cells
			.filter((c) => !c.correct && c.given !== '')
			.map((c) => ({ column: grid.columns[c.col], expected: c.expected, given: c.given }))
	};
}

export interface ConfusionCount extends Confusion {
	count: number;
}

/**
 * Adds new confusions to the running tally for a table page: one entry per (column, expected,
 * given), matched forgivingly so "b-tree" and "B-tree" are one pair, most frequent first.
 */
export function mergeConfusions(existing: readonly ConfusionCount[], fresh: readonly Confusion[]): ConfusionCount[] {
	const tally = new Map<string, ConfusionCount>();
	const add = (confusion: Confusion, count: number) => {
		const key = [confusion.column, cellKey(confusion.expected), cellKey(confusion.given)].join('\u0000');
		const entry = tally.get(key);
		if (entry) entry.count += count;
		else tally.set(key, { column: confusion.column, expected: confusion.expected, given: confusion.given, count });
	};
	for (const entry of existing) add(entry, entry.count);
	for (const confusion of fresh) add(confusion, 1);
	return [...tally.values()].sort(
		(x, y) =>
			y.count - x.count ||
			x.column.localeCompare(y.column) ||
			x.expected.localeCompare(y.expected) ||
			x.given.localeCompare(y.given)
	);
}
