import { describe, expect, it } from 'vitest';
import { errorLead, locateSqlError, tokenOf } from './error-location';

describe('tokenOf', () => {
	it.each([
		['near "FORM": syntax error', 'FORM'],
		['no such column: amout', 'amout'],
		['no such table: main.ordres', 'main.ordres'],
		['ambiguous column name: id', 'id'],
		['syntax error at or near "FORM"', 'FORM'],
		['column "amout" does not exist', 'amout'],
		['column c.amout does not exist', 'c.amout'],
		['relation "ordres" does not exist', 'ordres'],
		['function strftime(unknown, date) does not exist', 'strftime'],
		['column reference "id" is ambiguous', 'id']
	])('finds the token in %s', (message, token) => {
		expect(tokenOf(message)).toBe(token);
	});

	it('finds nothing in a message that names no token', () => {
		expect(tokenOf('division by zero')).toBeNull();
	});
});

describe('locateSqlError', () => {
	const query = ['SELECT customer_id,', '       SUM(amout) AS total', 'FROM orders', 'GROUP BY customer_id;'].join('\n');

	it('moves a sql.js error from the statement start to the line of the column it names', () => {
		expect(locateSqlError(query, { message: 'no such column: amout', line: 1 })).toEqual({ line: 2, exact: true });
	});

	it('finds a syntax error token on a later line of a multi-line statement', () => {
		const code = 'SELECT id\nFORM orders';
		expect(locateSqlError(code, { message: 'near "orders": syntax error', line: 1 })).toEqual({ line: 2, exact: true });
	});

	it('searches only from the failing statement on, not an earlier statement that uses the same name', () => {
		const code = 'SELECT amout FROM t2;\nSELECT 1;\nSELECT amout\nFROM orders;';
		expect(locateSqlError(code, { message: 'no such column: amout', line: 3 })).toEqual({ line: 3, exact: true });
	});

	it('matches whole words only, so a column named inside a longer one is not taken for it', () => {
		const code = 'SELECT total_id,\n  id\nFROM t';
		expect(locateSqlError(code, { message: 'ambiguous column name: id', line: 1 })).toEqual({ line: 2, exact: true });
	});

	it('finds a table-qualified name written without its table', () => {
		const code = 'SELECT\n  c.amout\nFROM orders c';
		expect(locateSqlError(code, { message: 'column c.amout does not exist', line: 1 })).toEqual({ line: 2, exact: true });
	});

	it('keeps PostgreSQL’s exact line when the token is on it', () => {
		expect(locateSqlError(query, { message: 'column "amout" does not exist', line: 2 })).toEqual({ line: 2, exact: true });
	});

	it('falls back to the statement start, not exact, when the message names nothing findable', () => {
		expect(locateSqlError(query, { message: 'division by zero', line: 1 })).toEqual({ line: 1, exact: false });
		expect(locateSqlError(query, { message: 'no such column: missing', line: 1 })).toEqual({ line: 1, exact: false });
	});

	it('knows no line when the engine gave none', () => {
		expect(locateSqlError(query, { message: 'setup: table t already exists', line: null })).toEqual({ line: null, exact: false });
	});
});

describe('errorLead', () => {
	it('says whether the line is exact, approximate or unknown', () => {
		expect(errorLead({ line: 2, exact: true })).toBe('Line 2: ');
		expect(errorLead({ line: 1, exact: false })).toBe('In the statement starting on line 1: ');
		expect(errorLead({ line: null, exact: false })).toBe('No line is known for this error: ');
	});
});
