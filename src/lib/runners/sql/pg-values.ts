// PostgreSQL values as the checker and the result table see them. Pure.
//
// PGlite turns dates and timestamps into JS Dates (losing the text the user would see in psql) and
// parses json. We ask for the server's own text instead, so a date is '2026-03-01' on both engines,
// and map what remains onto SqlValue: numbers, text, booleans, NULL.

import type { SqlValue } from '../../model/index';

/** Type OIDs whose text form is what a user expects to see (pg_type.oid). */
const AS_TEXT = {
	bytea: 17,
	json: 114,
	date: 1082,
	time: 1083,
	timestamp: 1114,
	timestamptz: 1184,
	interval: 1186,
	timetz: 1266,
	numeric: 1700,
	jsonb: 3802
} as const;

const INT8 = 20;

const asText = (text: string) => text;

/**
 * PGlite `parsers` option: text for the types above, and bigint as a number while it is exact
 * (COUNT(*) is bigint in PostgreSQL; past 2^53 it stays text rather than silently rounding).
 * `numeric` stays text on purpose: '12.50' keeps its scale and compares with 12.5 by value.
 */
export const PG_PARSERS: Record<number, (text: string) => unknown> = {
	...Object.fromEntries(Object.values(AS_TEXT).map((oid) => [oid, asText])),
	[INT8]: (text: string) => {
		const n = Number(text);
		return Number.isSafeInteger(n) ? n : text;
	}
};

/** One cell of a PGlite row (after PG_PARSERS) as a SqlValue. Arrays print as PostgreSQL does: {1,2}. */
export function toSqlValue(value: unknown): SqlValue {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (typeof value === 'number') return value;
	if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
	if (Array.isArray(value)) return `{${value.map(arrayElement).join(',')}}`;
	if (value instanceof Date) return value.toISOString();
	if (value instanceof Uint8Array) return `\\x${Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('')}`;
	return JSON.stringify(value);
}

function arrayElement(value: unknown): string {
	const cell = toSqlValue(value);
	if (cell === null) return 'NULL';
	if (typeof cell !== 'string') return String(cell);
	if (Array.isArray(value)) return cell;
	return cell === '' || /[\s{},"\\]/.test(cell) || /^null$/i.test(cell) ? `"${cell.replace(/["\\]/g, '\\$&')}"` : cell;
}
