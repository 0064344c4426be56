import { describe, expect, it } from 'vitest';
import { PG_PARSERS, toSqlValue } from './pg-values';

describe('PostgreSQL values as SqlValue', () => {
	it('keeps numeric as its text, so its scale shows and it compares by value', () => {
		expect(PG_PARSERS[1700]('12.50')).toBe('12.50');
	});

	it('gives bigint as a number while it is exact, and as text beyond 2^53', () => {
		expect(PG_PARSERS[20]('42')).toBe(42);
		expect(PG_PARSERS[20]('9007199254740993')).toBe('9007199254740993');
		expect(toSqlValue(9007199254740993n)).toBe('9007199254740993');
		expect(toSqlValue(7n)).toBe(7);
	});

	it('keeps dates, timestamps and intervals as the text PostgreSQL prints', () => {
		for (const oid of [1082, 1114, 1184, 1186]) expect(PG_PARSERS[oid]('2026-03-01 10:00:00')).toBe('2026-03-01 10:00:00');
	});

	it('passes booleans, numbers, text and NULL through', () => {
		expect([true, 3.5, 'a', null, undefined].map(toSqlValue)).toEqual([true, 3.5, 'a', null, null]);
	});

	it('prints arrays as PostgreSQL does, quoting what needs it', () => {
		expect(toSqlValue([1, 2, null])).toBe('{1,2,NULL}');
		expect(toSqlValue(['a b', 'c', ''])).toBe('{"a b",c,""}');
		expect(toSqlValue([[1, 2], [3, 4]])).toBe('{{1,2},{3,4}}');
	});

	it('prints bytea as hex and objects as JSON', () => {
		expect(toSqlValue(new Uint8Array([0, 255]))).toBe('\\x00ff');
		expect(toSqlValue({ a: 1 })).toBe('{"a":1}');
	});
});
