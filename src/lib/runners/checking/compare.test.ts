import { describe, expect, it } from 'vitest';
import type { ResultSet, SqlValue } from '../../model/index';
import { compareResults, type ActualResult, type CompareOptions, type ReasonCode, type RowMark } from './index';

const set = (columns: string[], rows: SqlValue[][]): ResultSet => ({ columns, rows });
const unordered: CompareOptions = { ordered: false, checkColumnNames: false };
const ordered: CompareOptions = { ordered: true, checkColumnNames: false };
const named: CompareOptions = { ordered: false, checkColumnNames: true };

const people = set(['id', 'name'], [[1, 'Ann'], [2, 'Bo'], [3, 'Cy']]);

interface Case {
	name: string;
	expected: ResultSet;
	actual: ActualResult;
	options: CompareOptions;
	pass: boolean;
	codes: ReasonCode[];
	/** A phrase the first reason's message must contain. */
	says?: string;
	marks?: RowMark[];
}

const cases: Case[] = [
	{ name: 'passes identical rows', expected: people, actual: people, options: ordered, pass: true, codes: [], marks: ['same', 'same', 'same'] },
	{
		name: 'passes the same rows in another order when order does not matter',
		expected: people,
		actual: set(['id', 'name'], [[3, 'Cy'], [1, 'Ann'], [2, 'Bo']]),
		options: unordered,
		pass: true,
		codes: []
	},
	{
		name: 'ignores column names unless asked to check them',
		expected: people,
		actual: set(['a', 'b'], people.rows),
		options: unordered,
		pass: true,
		codes: []
	},
	{
		name: 'accepts column names that differ only in case',
		expected: people,
		actual: set(['ID', 'Name'], people.rows),
		options: named,
		pass: true,
		codes: []
	},
	{
		name: 'treats NULL as equal to NULL',
		expected: set(['x'], [[null]]),
		actual: set(['x'], [[null]]),
		options: unordered,
		pass: true,
		codes: []
	},
	{
		name: 'accepts float noise within the tolerance',
		expected: set(['avg'], [[0.3]]),
		actual: set(['avg'], [[0.1 + 0.2]]),
		options: unordered,
		pass: true,
		codes: []
	},
	{
		name: 'accepts numeric text for a number (strftime returns text)',
		expected: set(['year'], [[2024]]),
		actual: set(['year'], [['2024']]),
		options: unordered,
		pass: true,
		codes: []
	},
	{
		name: 'names missing rows with an example',
		expected: people,
		actual: set(['id', 'name'], [[1, 'Ann']]),
		options: unordered,
		pass: false,
		codes: ['missing-rows'],
		says: '2 expected rows are missing, e.g. (2, \'Bo\')',
		marks: ['same', 'missing', 'missing']
	},
	{
		name: 'names extra rows with an example',
		expected: set(['id', 'name'], [[1, 'Ann']]),
		actual: people,
		options: unordered,
		pass: false,
		codes: ['extra-rows'],
		says: '2 rows should not be there',
		marks: ['same', 'extra', 'extra']
	},
	{
		name: 'calls repeated rows a join fan-out and counts them',
		expected: set(['id'], [[1], [2]]),
		actual: set(['id'], [[1], [1], [1], [2]]),
		options: unordered,
		pass: false,
		codes: ['duplicate-rows'],
		says: '(1) appears 3 times but 1 was expected — a typical join fan-out',
		marks: ['same', 'same', 'duplicate', 'duplicate']
	},
	{
		name: 'counts multiplicity: one copy short is a missing row',
		expected: set(['id'], [[1], [1]]),
		actual: set(['id'], [[1]]),
		options: unordered,
		pass: false,
		codes: ['missing-rows']
	},
	{
		name: 'reports a wrong column count with both column lists',
		expected: people,
		actual: set(['id'], [[1], [2], [3]]),
		options: unordered,
		pass: false,
		codes: ['column-count'],
		says: 'Expected 2 columns (id, name) but got 1 (id)'
	},
	{
		name: 'says the last statement must be a SELECT when no result set came back',
		expected: people,
		actual: set([], []),
		options: unordered,
		pass: false,
		codes: ['column-count'],
		says: 'the last statement must be a SELECT'
	},
	{
		name: 'reports right rows in the wrong order when order matters',
		expected: people,
		actual: set(['id', 'name'], [[2, 'Bo'], [1, 'Ann'], [3, 'Cy']]),
		options: ordered,
		pass: false,
		codes: ['wrong-order'],
		says: 'Right rows, wrong order'
	},
	{
		name: 'recognises a reversed sort direction',
		expected: people,
		actual: set(['id', 'name'], [[3, 'Cy'], [2, 'Bo'], [1, 'Ann']]),
		options: ordered,
		pass: false,
		codes: ['wrong-order'],
		says: 'ASC where DESC was asked'
	},
	{
		name: 'does not call a row moved when an earlier row is missing',
		expected: people,
		actual: set(['id', 'name'], [[2, 'Bo'], [3, 'Cy']]),
		options: ordered,
		pass: false,
		codes: ['missing-rows'],
		marks: ['missing', 'same', 'same']
	},
	{
		name: 'explains NULL expected where 0 came back',
		expected: set(['id', 'total'], [[1, 10], [2, null]]),
		actual: set(['id', 'total'], [[1, 10], [2, 0]]),
		options: unordered,
		pass: false,
		codes: ['null-vs-zero'],
		says: 'Expected NULL but got 0 in column total',
		marks: ['same', 'changed']
	},
	{
		name: 'explains 0 expected where NULL came back (LEFT JOIN without COALESCE)',
		expected: set(['id', 'total'], [[2, 0]]),
		actual: set(['id', 'total'], [[2, null]]),
		options: unordered,
		pass: false,
		codes: ['null-vs-zero'],
		says: 'COALESCE'
	},
	{
		name: 'explains NULL against the empty string',
		expected: set(['id', 'note'], [[1, null]]),
		actual: set(['id', 'note'], [[1, '']]),
		options: unordered,
		pass: false,
		codes: ['null-vs-empty-string']
	},
	{
		name: 'flags a value rounded differently',
		expected: set(['id', 'share'], [[1, 33.33]]),
		actual: set(['id', 'share'], [[1, 33.3333333]]),
		options: unordered,
		pass: false,
		codes: ['rounding'],
		says: 'ROUND'
	},
	{
		name: 'flags integer division',
		expected: set(['id', 'ratio'], [[1, 0.5]]),
		actual: set(['id', 'ratio'], [[1, 0]]),
		options: unordered,
		pass: false,
		codes: ['integer-division']
	},
	{
		name: 'treats non-numeric text and a number as different',
		expected: set(['id', 'n'], [[1, 3]]),
		actual: set(['id', 'n'], [[1, '3 items']]),
		options: unordered,
		pass: false,
		codes: ['text-vs-number']
	},
	{
		name: 'does not treat padded numeric text as a number',
		expected: set(['id', 'n'], [[1, 3]]),
		actual: set(['id', 'n'], [[1, ' 3']]),
		options: unordered,
		pass: false,
		codes: ['text-vs-number']
	},
	{
		name: 'groups the same cell problem across rows into one reason',
		expected: set(['id', 'total'], [[1, 0], [2, 0]]),
		actual: set(['id', 'total'], [[1, null], [2, null]]),
		options: unordered,
		pass: false,
		codes: ['null-vs-zero'],
		says: '(2 rows like this)'
	},
	{
		name: 'requires column names when asked, suggesting an alias',
		expected: set(['id', 'total_spend'], [[1, 5]]),
		actual: set(['id', 'sum(amount)'], [[1, 5]]),
		options: named,
		pass: false,
		codes: ['column-names'],
		says: 'Column 2 should be named total_spend (got sum(amount)): name it with AS total_spend'
	},
	{
		name: 'recognises shuffled columns when names are checked',
		expected: set(['id', 'name'], [[1, 'Ann']]),
		actual: set(['name', 'id'], [['Ann', 1]]),
		options: named,
		pass: false,
		codes: ['column-names', 'missing-rows', 'extra-rows'],
		says: 'different order'
	},
	{
		name: 'hints at shuffled columns even when names are not checked',
		expected: set(['id', 'name'], [[1, 'Ann']]),
		actual: set(['name', 'id'], [['Ann', 1]]),
		options: unordered,
		pass: false,
		codes: ['missing-rows', 'extra-rows', 'column-order']
	},
	{
		name: 'accepts PostgreSQL numeric text for a number ("12.50" is 12.5)',
		expected: set(['id', 'avg'], [[1, 12.5], [2, 0.3333333]]),
		actual: set(['id', 'avg'], [[1, '12.50'], [2, '0.33333333333333333333']]),
		options: { ...unordered, dialect: 'postgres' },
		pass: true,
		codes: []
	},
	{
		name: 'compares PostgreSQL dates by their text, the same as SQLite stores them',
		expected: set(['day'], [['2026-03-01']]),
		actual: set(['day'], [['2026-03-01']]),
		options: { ...unordered, dialect: 'postgres' },
		pass: true,
		codes: []
	},
	{
		name: 'explains a PostgreSQL boolean where 1 or 0 was expected, rather than calling them equal',
		expected: set(['id', 'late'], [[1, 1], [2, 0]]),
		actual: set(['id', 'late'], [[1, true], [2, false]]),
		options: { ...unordered, dialect: 'postgres' },
		pass: false,
		codes: ['boolean-vs-number'],
		says: 'Expected 1 but got true in column late: a comparison in PostgreSQL returns a boolean'
	},
	{
		name: 'explains a number where a boolean was expected',
		expected: set(['id', 'late'], [[1, true]]),
		actual: set(['id', 'late'], [[1, 1]]),
		options: unordered,
		pass: false,
		codes: ['boolean-vs-number']
	},
	{
		name: 'gives PostgreSQL’s cast for integer division on PostgreSQL',
		expected: set(['id', 'ratio'], [[1, 0.5]]),
		actual: set(['id', 'ratio'], [[1, 0]]),
		options: { ...unordered, dialect: 'postgres' },
		pass: false,
		codes: ['integer-division'],
		says: 'integer division truncates in PostgreSQL; cast one side first (x::numeric / y'
	},
	{
		name: 'refuses to pass a truncated result',
		expected: set(['id'], [[1]]),
		actual: { columns: ['id'], rows: [[1]], truncated: true, totalRows: 5000 },
		options: unordered,
		pass: false,
		codes: ['truncated'],
		says: 'returned 5000 rows'
	}
];

describe('compareResults', () => {
	it.each(cases)('$name', ({ expected, actual, options, pass, codes, says, marks }) => {
		const result = compareResults(expected, actual, options);
		expect(result.pass).toBe(pass);
		expect(result.reasons.map((r) => r.code)).toEqual(codes);
		if (says) expect(result.reasons[0].message).toContain(says);
		if (marks) expect(result.rows.map((r) => r.mark)).toEqual(marks);
	});

	it('lines up a changed row beside the expected one and names the differing cell', () => {
		const result = compareResults(set(['id', 'total'], [[2, 0]]), set(['id', 'total'], [[2, null]]), unordered);
		expect(result.rows).toEqual([{ mark: 'changed', expected: [2, 0], actual: [2, null], expectedIndex: 0, actualIndex: 0, differingColumns: [1] }]);
	});

	it('says which row should come first when rows are out of order', () => {
		const result = compareResults(people, set(['id', 'name'], [[1, 'Ann'], [3, 'Cy'], [2, 'Bo']]), ordered);
		expect(result.reasons[0].message).toMatch(/\(2, 'Bo'\) should be row 2, not row 3|\(3, 'Cy'\) should be row 3, not row 2/);
		expect(result.rows.filter((r) => r.mark === 'moved')).toHaveLength(1);
	});

	it('uses a custom tolerance', () => {
		const loose = compareResults(set(['x'], [[100]]), set(['x'], [[100.5]]), { ...unordered, tolerance: 0.01 });
		expect(loose.pass).toBe(true);
	});
});
