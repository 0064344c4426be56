// Compares a query's result with the authored expected rows and explains every difference in
// words a learner can act on. Pure: no clock, no I/O.

import type { Dialect, ResultSet, SqlValue } from '../../model/index';
import { explainCell, type CellIssue } from './cells';
import type { AlignedRow, CompareOptions, Comparison, Reason } from './types';
import { DEFAULT_TOLERANCE, formatRow, rowsEqual, valuesEqual } from './values';

/** A runner result may say it was capped; a capped result can never be checked as complete. */
export type ActualResult = ResultSet & { truncated?: boolean; totalRows?: number };

/**
 * Example:
 *   compareResults({ columns: ['n'], rows: [[1]] }, { columns: ['n'], rows: [[1], [1]] }, { ordered: false, checkColumnNames: false })
 *   → { pass: false, reasons: [{ code: 'duplicate-rows', message: '(1) appears 2 times but 1 was expected — …' }], rows: […] }
 */
export function compareResults(expected: ResultSet, actual: ActualResult, options: CompareOptions): Comparison {
	const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
	const reasons: Reason[] = [];
	if (actual.truncated) {
		reasons.push({
			code: 'truncated',
			message: `The query returned ${actual.totalRows ?? 'more'} rows and only the first ${actual.rows.length} were kept, so it cannot be checked (${expected.rows.length} expected).`
		});
	}

	const expectedWidth = expected.columns.length;
	const actualWidth = actual.columns.length;
	if (expectedWidth !== actualWidth) {
		reasons.push(columnCountReason(expected.columns, actual.columns));
		return {
			pass: false,
			reasons,
			rows: [
				...expected.rows.map((row, i) => aligned('missing', row, null, i, null)),
				...actual.rows.map((row, j) => aligned('extra', null, row, null, j))
			]
		};
	}
	if (options.checkColumnNames) {
		const reason = columnNamesReason(expected.columns, actual.columns);
		if (reason) reasons.push(reason);
	}

	const match = matchRows(expected.rows, actual.rows, tolerance);
	const pairs = pairNearMisses(expected.rows, actual.rows, match, tolerance);
	const moved = options.ordered ? outOfOrder(match.actualFor) : new Set<number>();

	reasons.push(...cellReasons(expected, actual, pairs, options.dialect ?? 'sqlite'));
	reasons.push(...rowReasons(expected.rows, actual.rows, match, pairs, tolerance));
	if (moved.size > 0) reasons.push(orderReason(expected.rows, match.actualFor, moved, reasons.length === 0));
	if (!options.checkColumnNames && reasons.length > 0) {
		const hint = columnOrderHint(expected.columns, actual.columns);
		if (hint) reasons.push(hint);
	}

	const rows: AlignedRow[] = expected.rows.map((row, i) => {
		const j = match.actualFor[i];
		if (j !== -1) return aligned(moved.has(i) ? 'moved' : 'same', row, actual.rows[j], i, j);
		const pair = pairs.get(i);
		if (pair) return { ...aligned('changed', row, actual.rows[pair.actual], i, pair.actual), differingColumns: pair.columns };
		return aligned('missing', row, null, i, null);
	});
	const paired = new Set([...pairs.values()].map((p) => p.actual));
	actual.rows.forEach((row, j) => {
		if (match.used[j] || paired.has(j)) return;
		rows.push(aligned(match.duplicateOf[j] !== -1 ? 'duplicate' : 'extra', null, row, null, j));
	});

	return { pass: reasons.length === 0, reasons, rows };
}

function aligned(mark: AlignedRow['mark'], expected: SqlValue[] | null, actual: SqlValue[] | null, expectedIndex: number | null, actualIndex: number | null): AlignedRow {
	return { mark, expected, actual, expectedIndex, actualIndex, differingColumns: [] };
}

interface Match {
	/** For each expected row, the actual row it matched, or -1. */
	actualFor: number[];
	used: boolean[];
	/** For each unmatched actual row equal to some expected row, that expected row; else -1. */
	duplicateOf: number[];
}

/** Multiset matching. Rows already in the same position match first, so a correct order stays "same". */
function matchRows(expected: SqlValue[][], actual: SqlValue[][], tolerance: number): Match {
	const actualFor = expected.map(() => -1);
	const used = actual.map(() => false);
	expected.forEach((row, i) => {
		if (i < actual.length && rowsEqual(row, actual[i], tolerance)) {
			actualFor[i] = i;
			used[i] = true;
		}
	});
	expected.forEach((row, i) => {
		if (actualFor[i] !== -1) return;
		const j = actual.findIndex((candidate, k) => !used[k] && rowsEqual(row, candidate, tolerance));
		if (j !== -1) {
			actualFor[i] = j;
			used[j] = true;
		}
	});
	const duplicateOf = actual.map((row, j) => (used[j] ? -1 : expected.findIndex((e) => rowsEqual(e, row, tolerance))));
	return { actualFor, used, duplicateOf };
}

interface Pair {
	actual: number;
	columns: number[];
}

/**
 * Pairs each missing row with the extra row closest to it (at most half its cells differ), so
 * "expected 0, got NULL" is explained as one changed row instead of one missing and one extra.
 */
function pairNearMisses(expected: SqlValue[][], actual: SqlValue[][], match: Match, tolerance: number): Map<number, Pair> {
	const pairs = new Map<number, Pair>();
	const taken = new Set<number>();
	expected.forEach((row, i) => {
		if (match.actualFor[i] !== -1) return;
		let best: Pair | null = null;
		actual.forEach((candidate, j) => {
			if (match.used[j] || match.duplicateOf[j] !== -1 || taken.has(j)) return;
			const columns = row.flatMap((value, c) => (valuesEqual(value, candidate[c], tolerance) ? [] : [c]));
			if (columns.length <= Math.max(1, Math.floor(row.length / 2)) && (!best || columns.length < best.columns.length)) {
				best = { actual: j, columns };
			}
		});
		if (best) {
			pairs.set(i, best);
			taken.add((best as Pair).actual);
		}
	});
	return pairs;
}

/** Expected rows whose matches break the order: those outside the longest in-order run. */
function outOfOrder(actualFor: number[]): Set<number> {
	const matched = actualFor.flatMap((j, i) => (j === -1 ? [] : [{ i, j }]));
	// Longest increasing subsequence of actual positions, O(n²): results are at most a few hundred rows.
	const length = matched.map(() => 1);
	const previous = matched.map(() => -1);
	for (let b = 0; b < matched.length; b++) {
		for (let a = 0; a < b; a++) {
			if (matched[a].j < matched[b].j && length[a] + 1 > length[b]) {
				length[b] = length[a] + 1;
				previous[b] = a;
			}
		}
	}
	let end = length.indexOf(Math.max(0, ...length));
	const inOrder = new Set<number>();
	while (end !== -1) {
		inOrder.add(matched[end].i);
		end = previous[end];
	}
	return new Set(matched.filter(({ i }) => !inOrder.has(i)).map(({ i }) => i));
}

function columnCountReason(expected: string[], actual: string[]): Reason {
	if (actual.length === 0) {
		return { code: 'column-count', message: `Expected ${expected.length} columns (${expected.join(', ')}) but the query returned no result set: the last statement must be a SELECT.` };
	}
	return {
		code: 'column-count',
		message: `Expected ${expected.length} column${expected.length === 1 ? '' : 's'} (${expected.join(', ')}) but got ${actual.length} (${actual.join(', ')}).`
	};
}

function columnNamesReason(expected: string[], actual: string[]): Reason | null {
	const wrong = expected.flatMap((name, c) => (name.toLowerCase() === actual[c].toLowerCase() ? [] : [c]));
	if (wrong.length === 0) return null;
	const order = columnOrderHint(expected, actual);
	if (order) return { ...order, code: 'column-names' };
	const listed = wrong.map((c) => `column ${c + 1} should be named ${expected[c]} (got ${actual[c]})`).join('; ');
	return { code: 'column-names', message: `${capitalise(listed)}: name it with AS ${expected[wrong[0]]}.` };
}

/** The same column names in another order: the SELECT list is shuffled. */
function columnOrderHint(expected: string[], actual: string[]): Reason | null {
	const norm = (names: string[]) => names.map((n) => n.toLowerCase());
	const e = norm(expected);
	const a = norm(actual);
	if (e.join('\0') === a.join('\0') || [...e].sort().join('\0') !== [...a].sort().join('\0')) return null;
	return { code: 'column-order', message: `The columns are in a different order: expected (${expected.join(', ')}), got (${actual.join(', ')}).` };
}

function rowReasons(expected: SqlValue[][], actual: SqlValue[][], match: Match, pairs: Map<number, Pair>, tolerance: number): Reason[] {
	const reasons: Reason[] = [];
	const missing = expected.flatMap((row, i) => (match.actualFor[i] === -1 && !pairs.has(i) ? [row] : []));
	const paired = new Set([...pairs.values()].map((p) => p.actual));
	const extra = actual.flatMap((row, j) => (!match.used[j] && !paired.has(j) && match.duplicateOf[j] === -1 ? [row] : []));
	const duplicated = new Map<number, number>(); // expected row index → extra copies
	match.duplicateOf.forEach((i) => i !== -1 && duplicated.set(i, (duplicated.get(i) ?? 0) + 1));

	if (duplicated.size > 0) {
		const [i] = duplicated.keys();
		const wanted = expected.filter((row) => rowsEqual(row, expected[i], tolerance)).length;
		const got = actual.filter((row) => rowsEqual(expected[i], row, tolerance)).length;
		const others = duplicated.size > 1 ? ` (and ${duplicated.size - 1} more row${duplicated.size > 2 ? 's' : ''} repeated)` : '';
		reasons.push({
			code: 'duplicate-rows',
			message: `${formatRow(expected[i])} appears ${got} times but ${wanted} ${wanted === 1 ? 'was' : 'were'} expected${others} — a typical join fan-out: check the join keys, or aggregate before joining.`
		});
	}
	if (missing.length > 0) {
		reasons.push({
			code: 'missing-rows',
			message: `${count(missing.length, 'expected row is', 'expected rows are')} missing, e.g. ${formatRow(missing[0])} — a filter or an inner join that drops too much?`
		});
	}
	if (extra.length > 0) {
		reasons.push({
			code: 'extra-rows',
			message: `${count(extra.length, 'row', 'rows')} should not be there, e.g. ${formatRow(extra[0])} — a missing filter or join condition?`
		});
	}
	return reasons;
}

function orderReason(expected: SqlValue[][], actualFor: number[], moved: Set<number>, onlyOrder: boolean): Reason {
	const positions = actualFor.filter((j) => j !== -1);
	const reversed = positions.length > 1 && positions.every((j, k) => k === 0 || j < positions[k - 1]);
	const first = [...moved].sort((a, b) => a - b)[0];
	const lead = onlyOrder ? 'Right rows, wrong order' : 'Rows are also out of order';
	const hint = reversed
		? 'the order is reversed: ASC where DESC was asked, or the other way round?'
		: `${formatRow(expected[first])} should be row ${first + 1}, not row ${actualFor[first] + 1}: check the ORDER BY columns and tie-breakers.`;
	return { code: 'wrong-order', message: `${lead}: ${hint}` };
}

/** One reason per kind of cell mismatch and column, with the first example. */
function cellReasons(expected: ResultSet, actual: ResultSet, pairs: Map<number, Pair>, dialect: Dialect): Reason[] {
	const seen = new Map<string, { issue: CellIssue; times: number }>();
	for (const [i, pair] of pairs) {
		for (const c of pair.columns) {
			const issue = explainCell(expected.rows[i][c], actual.rows[pair.actual][c], expected.columns[c], dialect);
			const key = `${issue.code}\0${c}`;
			const entry = seen.get(key);
			if (entry) entry.times++;
			else seen.set(key, { issue, times: 1 });
		}
	}
	return [...seen.values()].map(({ issue, times }) => ({
		code: issue.code,
		message: times > 1 ? `${issue.message} (${times} rows like this)` : issue.message
	}));
}

function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
