// Explains why one expected cell and the actual cell beside it differ, with the usual cause.

import type { Dialect, SqlValue } from '../../model/index';
import type { ReasonCode } from './types';
import { formatValue, numericValue } from './values';

export interface CellIssue {
	code: Extract<ReasonCode, 'null-vs-zero' | 'null-vs-empty-string' | 'rounding' | 'integer-division' | 'text-vs-number' | 'boolean-vs-number' | 'wrong-values'>;
	message: string;
}

const TO_DECIMAL: Record<Dialect, string> = {
	sqlite: 'integer division truncates in SQLite; multiply by 1.0 (or CAST(… AS REAL)) before dividing',
	postgres: 'integer division truncates in PostgreSQL; cast one side first (x::numeric / y, or CAST(x AS numeric))'
};

export function explainCell(expected: SqlValue, actual: SqlValue, column: string, dialect: Dialect = 'sqlite'): CellIssue {
	const where = `in column ${column}`;
	const shown = `expected ${formatValue(expected)} but got ${formatValue(actual)} ${where}`;
	if (typeof actual === 'boolean' && typeof expected !== 'boolean') {
		return {
			code: 'boolean-vs-number',
			message: `${capitalise(shown)}: a comparison in PostgreSQL returns a boolean, and this column wants ${typeof expected === 'number' ? 'a number' : 'a value'}; write CASE WHEN … THEN 1 ELSE 0 END, or (…)::int.`
		};
	}
	if (typeof expected === 'boolean' && typeof actual !== 'boolean') {
		return { code: 'boolean-vs-number', message: `${capitalise(shown)}: this column is a true/false flag; return the boolean itself, not a number or text.` };
	}
	if (expected === null && actual === 0) {
		return { code: 'null-vs-zero', message: `Expected NULL but got 0 ${where}: NULL means "no value"; COALESCE(…, 0) or COUNT turned it into zero?` };
	}
	if (expected === 0 && actual === null) {
		return { code: 'null-vs-zero', message: `Expected 0 but got NULL ${where}: a LEFT JOIN with no match or SUM over no rows gives NULL; wrap it in COALESCE(…, 0).` };
	}
	if ((expected === null && actual === '') || (expected === '' && actual === null)) {
		return { code: 'null-vs-empty-string', message: `${capitalise(shown)}: NULL and the empty string are different values.` };
	}
	const e = numericValue(expected);
	const a = numericValue(actual);
	if (e !== null && a !== null) {
		if (Number.isInteger(a) && !Number.isInteger(e) && Math.trunc(e) === a) {
			return { code: 'integer-division', message: `${capitalise(shown)}: ${TO_DECIMAL[dialect]}.` };
		}
		if (Math.abs(e - a) <= 0.01 * Math.max(Math.abs(e), Math.abs(a))) {
			return { code: 'rounding', message: `${capitalise(shown)}: close, but rounded differently; check ROUND(…, n).` };
		}
		return { code: 'wrong-values', message: `${capitalise(shown)}.` };
	}
	if ((e !== null && typeof actual === 'string') || (a !== null && typeof expected === 'string')) {
		return { code: 'text-vs-number', message: `${capitalise(shown)}: text where a number was expected, or the other way round.` };
	}
	return { code: 'wrong-values', message: `${capitalise(shown)}.` };
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
