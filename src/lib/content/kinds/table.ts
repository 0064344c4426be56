import type { ItemBase, TableItem } from '../../model/index.ts';
import { slugify } from '../cards.ts';
import { describe, fieldProblem, optionalBoolean, requireList, requireStringArray } from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import type { KindInput } from './shared.ts';

export const tableKeys = ['columns', 'rows', 'reverse'] as const;

/** Front `columns`, `rows`, `reverse`; the body is the description. Cells may be text or numbers. */
export function compileTable(base: ItemBase, input: KindInput): TableItem {
	const { fm } = input;
	const columns = requireStringArray(fm, 'columns', 2);
	const rows: string[][] = [];
	// Row cards are keyed by slugify(first cell): two rows with the same key would share history.
	const keys = new Map<string, number>();

	requireList(fm, 'rows', 1).forEach((row, i) => {
		const at = `rows[${i}]`;
		if (!Array.isArray(row)) {
			fieldProblem(fm, at, `must be a list of cells (got ${describe(row)})`);
			return;
		}
		if (columns.length > 0 && row.length !== columns.length) {
			fieldProblem(fm, at, `has ${row.length} cells but there are ${columns.length} columns`);
		}
		const cells = row.map((cell, j) => {
			if (typeof cell === 'number' || (typeof cell === 'string' && cell.trim())) return String(cell).trim();
			fieldProblem(fm, `${at}[${j}]`, `must be non-empty text (got ${describe(cell)})`);
			return '';
		});
		const key = slugify(cells[0] ?? '');
		if (cells[0] && !key) fieldProblem(fm, `${at}[0]`, 'must contain a letter or digit (it keys the row card)');
		const previous = keys.get(key);
		if (key && previous !== undefined) {
			fieldProblem(fm, `${at}[0]`, `has the same key as rows[${previous}][0] (${describe(key)}); first cells must differ`);
		}
		if (key && previous === undefined) keys.set(key, i);
		rows.push(cells);
	});

	return {
		...base,
		kind: 'table',
		columns,
		rows,
		reverse: optionalBoolean(fm, 'reverse', false),
		descriptionHtml: renderMarkdown(input.body)
	};
}
