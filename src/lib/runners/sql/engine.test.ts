import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { DatasetError, SqlEngine } from './engine';

const shop = readFileSync('tests/fixtures/runners/shop.sql', 'utf8');
let engine: SqlEngine;
const run = (query: string, maxRows = 200, setupSql?: string) => engine.run({ datasetId: 'shop', datasetSql: shop, query, maxRows, setupSql });

beforeAll(async () => {
	engine = new SqlEngine(await initSqlJs());
});

describe('SqlEngine', () => {
	it('returns columns and rows of a query', () => {
		const result = run('SELECT name, city FROM customers ORDER BY id');
		expect(result).toMatchObject({ error: null, columns: ['name', 'city'], rows: [['Ann', 'Lyon'], ['Bo', 'Oslo'], ['Cy', null]], truncated: false, totalRows: 3 });
	});

	it('starts every run from the pristine dataset after a DELETE', () => {
		expect(run('DELETE FROM orders; SELECT count(*) FROM orders')).toMatchObject({ rows: [[0]] });
		expect(run('SELECT count(*) FROM orders')).toMatchObject({ rows: [[4]] });
	});

	it('starts every run from the pristine dataset after a DROP, even one that commits', () => {
		expect(run('BEGIN; DROP TABLE customers; COMMIT; SELECT 1')).toMatchObject({ error: null });
		expect(run('SELECT count(*) FROM customers')).toMatchObject({ rows: [[3]] });
	});

	it('caps rows for display but counts them all', () => {
		const result = run('WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 1000) SELECT x FROM r', 200);
		expect(result).toMatchObject({ truncated: true, totalRows: 1000 });
		expect(result.error === null && result.rows.length).toBe(200);
	});

	it('returns the result of the last statement that has columns', () => {
		const result = run("INSERT INTO customers VALUES (4, 'Di', 'Rome'); SELECT count(*) AS n FROM customers; UPDATE customers SET city = 'X'");
		expect(result).toMatchObject({ error: null, columns: ['n'], rows: [[4]], statements: 3 });
	});

	it('returns a SQL error as data, naming the failing statement', () => {
		expect(run('SELECT 1; SELECT * FROM nope')).toMatchObject({ error: { message: 'no such table: nope', statement: 2 } });
		expect(run('SELECT 1; SELEC 2')).toMatchObject({ error: { statement: 2 } });
	});

	it('runs setup statements (a scenario "break it") on the same fresh copy', () => {
		expect(run('SELECT count(*) FROM orders', 200, 'DELETE FROM orders WHERE amount < 5')).toMatchObject({ rows: [[3]] });
		expect(run('SELECT count(*) FROM orders')).toMatchObject({ rows: [[4]] });
	});

	it('reloads a dataset whose text changed under the same id', () => {
		engine.run({ datasetId: 'tmp', datasetSql: 'CREATE TABLE t(x); INSERT INTO t VALUES (1);', query: 'SELECT 1', maxRows: 5 });
		const result = engine.run({ datasetId: 'tmp', datasetSql: 'CREATE TABLE t(x); INSERT INTO t VALUES (1), (2);', query: 'SELECT count(*) FROM t', maxRows: 5 });
		expect(result).toMatchObject({ rows: [[2]] });
	});

	it('loads a dataset that manages its own transaction', () => {
		const sql = 'BEGIN; CREATE TABLE t(x); INSERT INTO t VALUES (1); COMMIT;';
		expect(engine.run({ datasetId: 'tx', datasetSql: sql, query: 'SELECT x FROM t', maxRows: 5 })).toMatchObject({ rows: [[1]] });
	});

	it('throws DatasetError for a broken dataset (an authoring bug, not the user’s)', () => {
		expect(() => engine.loadDataset('bad', 'CREATE TABLE')).toThrow(DatasetError);
	});

	it('shows blobs as hex literals', () => {
		expect(run("SELECT x'00ff'")).toMatchObject({ rows: [["x'00ff'"]] });
	});

	it('resets fast enough for runs under the 20 ms budget', () => {
		run('SELECT 1');
		const times = Array.from({ length: 30 }, () => run('SELECT c.name, sum(o.amount) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name').elapsedMs).sort((a, b) => a - b);
		expect(times[15]).toBeLessThan(20);
	});
});

describe('SqlEngine.schema', () => {
	it('reads tables, declared types, keys, samples and counts', () => {
		const tables = engine.schema('shop', shop, 2);
		expect(tables.map((t) => t.name)).toEqual(['customers', 'orders']);
		expect(tables[0]).toMatchObject({
			columns: [
				{ name: 'id', type: 'INTEGER', primaryKey: true },
				{ name: 'name', type: 'TEXT', primaryKey: false },
				{ name: 'city', type: 'TEXT', primaryKey: false }
			],
			sample: { columns: ['id', 'name', 'city'], rows: [[1, 'Ann', 'Lyon'], [2, 'Bo', 'Oslo']] },
			rowCount: 3
		});
	});
});
