import { describe, expect, it } from 'vitest';
import { lineAt, splitStatements, transactionControl } from './statements';

const texts = (sql: string) => splitStatements(sql).map((s) => s.text.trim());

describe('splitStatements', () => {
	it('splits at semicolons and keeps where each statement starts', () => {
		expect(splitStatements('SELECT 1; SELECT 2')).toEqual([
			{ text: 'SELECT 1', start: 0 },
			{ text: ' SELECT 2', start: 9 }
		]);
	});

	it('ignores semicolons in strings, identifiers, comments and dollar quotes', () => {
		const sql = `SELECT ';', "a;b" FROM t; -- one; two\nSELECT $$x;y$$, $fn$ ; $fn$; /* c; /* nested; */ d; */ SELECT E'it\\'s;'`;
		expect(texts(sql)).toEqual([`SELECT ';', "a;b" FROM t`, `-- one; two\nSELECT $$x;y$$, $fn$ ; $fn$`, `/* c; /* nested; */ d; */ SELECT E'it\\'s;'`]);
	});

	it('keeps a BEGIN ATOMIC function body in one statement', () => {
		const sql = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT CASE WHEN true THEN 1 END; SELECT 2; END; SELECT f()';
		expect(texts(sql)).toHaveLength(2);
	});

	it('drops empty statements and ones that are only comments', () => {
		expect(texts(';;SELECT 1;; -- bye\n')).toEqual(['SELECT 1']);
	});

	it('does not take a positional parameter for a dollar quote', () => {
		expect(texts('SELECT $1; SELECT 2')).toEqual(['SELECT $1', 'SELECT 2']);
	});
});

describe('transactionControl', () => {
	it.each([
		['BEGIN', 'BEGIN'],
		['  begin transaction', 'BEGIN'],
		['-- note\nCOMMIT', 'COMMIT'],
		['START TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'START'],
		['end', 'END'],
		['ROLLBACK', 'ROLLBACK'],
		['abort', 'ABORT'],
		["PREPARE TRANSACTION 'x'", 'PREPARE TRANSACTION']
	])('refuses %j', (sql, keyword) => expect(transactionControl(sql)).toBe(keyword));

	it.each(['SAVEPOINT a', 'ROLLBACK TO SAVEPOINT a', 'RELEASE a', 'PREPARE q AS SELECT 1', 'SELECT 1', "DO $$ BEGIN PERFORM 1; END $$"])(
		'allows %j',
		(sql) => expect(transactionControl(sql)).toBeNull()
	);
});

describe('lineAt', () => {
	it('counts lines from 1', () => {
		expect(lineAt('a\nb\nc', 0)).toBe(1);
		expect(lineAt('a\nb\nc', 2)).toBe(2);
		expect(lineAt('a\nb\nc', 4)).toBe(3);
	});
});
