// How two SQL values compare when checking an answer.
//
// Decisions (documented because authors and users both hit them):
// - NULL equals NULL (a result check, not SQL's three-valued logic).
// - Numbers are equal within `tolerance`, relative for large values and absolute near zero:
//   |a - b| <= tolerance * max(1, |a|, |b|). 1e-6 by default: float noise passes, a missing ROUND fails.
// - Text that is a plain decimal numeral ("2024", "-3.5", "1e3") equals the same number. SQLite
//   hands back text from strftime, substr and CAST(… AS TEXT), and an interviewer would accept
//   "2024" for 2024. PostgreSQL sends `numeric` as text too ("12.50"), and bigint past 2^53 as
//   text. Anything else between text and a number differs: " 3", "3 apples", "" vs 0.
// - NULL never equals 0 or the empty string; those mismatches get their own explanation.
// - A boolean (PostgreSQL's true/false) equals only a boolean. Against 1/0 it differs, and the
//   check explains it: the drill asks for a number, and an interviewer's grader would too.

import type { SqlValue } from '../../model/index';

export const DEFAULT_TOLERANCE = 1e-6;

const NUMERAL = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** The number a value stands for, or null when it is not numeric. */
export function numericValue(value: SqlValue): number | null {
	if (typeof value === 'number') return value;
	if (typeof value === 'string' && NUMERAL.test(value)) return Number(value);
	return null;
}

export function numbersClose(a: number, b: number, tolerance: number): boolean {
	if (a === b) return true; // also covers equal infinities
	return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

export function valuesEqual(expected: SqlValue, actual: SqlValue, tolerance: number): boolean {
	if (expected === null || actual === null) return expected === actual;
	if (typeof expected === 'boolean' || typeof actual === 'boolean') return expected === actual;
	if (typeof expected === 'string' && typeof actual === 'string') return expected === actual;
	const a = numericValue(expected);
	const b = numericValue(actual);
	return a !== null && b !== null && numbersClose(a, b, tolerance);
}

export function rowsEqual(expected: SqlValue[], actual: SqlValue[], tolerance: number): boolean {
	return expected.length === actual.length && expected.every((value, i) => valuesEqual(value, actual[i], tolerance));
}

/** How a value is shown in explanations: NULL, numbers and booleans as is, text quoted. */
export function formatValue(value: SqlValue): string {
	if (value === null) return 'NULL';
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return `'${value.length > 40 ? `${value.slice(0, 39)}…` : value}'`;
}

export function formatRow(row: SqlValue[]): string {
	return `(${row.map(formatValue).join(', ')})`;
}
