import { PGlite } from '@electric-sql/pglite';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetError } from './engine';
import { PgEngine } from './pg-engine';

// The same fixture the SQLite engine is tested on: its DDL is portable.
const shop = readFileSync('tests/fixtures/runners/shop.sql', 'utf8');
let db: PGlite;
let engine: PgEngine;
const run = (query: string, maxRows = 200, setupSql?: string) => engine.run({ datasetId: 'shop', datasetSql: shop, query, maxRows, setupSql });

beforeAll(async () => {
	db = await PGlite.create();
	engine = await PgEngine.open(db);
}, 60_000);
afterAll(() => db.close());

describe('PgEngine', () => {
	it('returns columns and rows of a query', async () => {
		expect(await run('SELECT name, city FROM customers ORDER BY id')).toMatchObject({
			error: null,
			columns: ['name', 'city'],
			rows: [['Ann', 'Lyon'], ['Bo', 'Oslo'], ['Cy', null]],
			truncated: false,
			totalRows: 3
		});
	});

	it('leaves no trace of a DELETE, a DROP or a CREATE for the next run', async () => {
		expect(await run('DELETE FROM orders; DROP TABLE customers CASCADE; CREATE TABLE scratch (x int); SELECT 1')).toMatchObject({ error: null });
		expect(await run('SELECT count(*) FROM orders')).toMatchObject({ rows: [[4]] });
		expect(await run('SELECT count(*) FROM customers')).toMatchObject({ rows: [[3]] });
		expect(await run('SELECT * FROM scratch')).toMatchObject({ error: { message: expect.stringContaining('"scratch" does not exist') } });
	});

	it('refuses COMMIT and friends before running anything, naming the statement and its line', async () => {
		const refused = await run('DELETE FROM orders;\nCOMMIT;\nSELECT 1');
		expect(refused).toMatchObject({ error: { statement: 2, line: 2, message: expect.stringContaining('COMMIT is not needed here') } });
		expect(await run('SELECT count(*) FROM orders')).toMatchObject({ rows: [[4]] });
		for (const control of ['BEGIN', 'START TRANSACTION', 'ROLLBACK', 'END', 'ABORT']) {
			expect(await run(`${control}; SELECT 1`)).toMatchObject({ error: { statement: 1 } });
		}
	});

	it('allows savepoints, which stay inside the run', async () => {
		expect(await run('SAVEPOINT a; DELETE FROM orders; ROLLBACK TO SAVEPOINT a; SELECT count(*) FROM orders')).toMatchObject({ rows: [[4]] });
	});

	it('cannot commit from inside a DO block either', async () => {
		expect(await run('DO $$ BEGIN DELETE FROM orders; COMMIT; END $$')).toMatchObject({ error: { message: expect.stringMatching(/transaction termination/) } });
		expect(await run('SELECT count(*) FROM orders')).toMatchObject({ rows: [[4]] });
	});

	it('forgets prepared statements between runs', async () => {
		expect(await run('PREPARE big AS SELECT 1; EXECUTE big')).toMatchObject({ error: null, rows: [[1]] });
		expect(await run('PREPARE big AS SELECT 2; EXECUTE big')).toMatchObject({ error: null, rows: [[2]] });
	});

	it('returns an error as data with the line of the failing token', async () => {
		expect(await run('SELECT 1;\nSELECT name,\n  nope\nFROM customers')).toMatchObject({
			error: { statement: 2, line: 3, message: expect.stringContaining('column "nope" does not exist') }
		});
	});

	it('adds PostgreSQL’s hint to its message', async () => {
		const result = await run('SELECT c.nam FROM customers c');
		expect(result.error?.message).toMatch(/Hint: Perhaps you meant/);
	});

	it('caps rows for display but counts them all', async () => {
		const result = await run('SELECT x FROM generate_series(1, 1000) AS x', 200);
		expect(result).toMatchObject({ truncated: true, totalRows: 1000 });
		expect(result.error === null && result.rows.length).toBe(200);
	});

	it('returns the result of the last statement that has columns', async () => {
		expect(await run("INSERT INTO customers VALUES (4, 'Di', 'Rome'); SELECT count(*) AS n FROM customers; UPDATE customers SET city = 'X'")).toMatchObject({
			error: null,
			columns: ['n'],
			rows: [[4]],
			statements: 3
		});
	});

	it('runs setup statements (a scenario "break it") on the same run', async () => {
		expect(await run('SELECT count(*) FROM orders', 200, 'DELETE FROM orders WHERE amount < 5')).toMatchObject({ rows: [[3]] });
		expect(await run('SELECT count(*) FROM orders')).toMatchObject({ rows: [[4]] });
	});

	it('gives values the text a user sees in psql: dates, numeric, booleans, bigint, arrays, json', async () => {
		const result = await run(
			"SELECT DATE '2024-03-01', TIMESTAMP '2024-03-01 10:00:00', 12.50::numeric, 2 > 1, 9007199254740993::bigint, ARRAY[1, 2], '{\"a\": 1}'::jsonb, count(*) FROM orders"
		);
		expect(result).toMatchObject({ rows: [['2024-03-01', '2024-03-01 10:00:00', '12.50', true, '9007199254740993', '{1,2}', '{"a": 1}', 4]] });
	});

	it('rebuilds a dataset whose script changed under the same id', async () => {
		await engine.run({ datasetId: 'tmp', datasetSql: 'CREATE TABLE t (x int); INSERT INTO t VALUES (1);', query: 'SELECT 1', maxRows: 5 });
		const result = await engine.run({ datasetId: 'tmp', datasetSql: 'CREATE TABLE t (x int); INSERT INTO t VALUES (1), (2);', query: 'SELECT count(*) FROM t', maxRows: 5 });
		expect(result).toMatchObject({ rows: [[2]] });
	});

	it('keeps each dataset in its own schema', async () => {
		await engine.loadDataset('other', 'CREATE TABLE customers (id int);');
		expect(await run('SELECT count(*) FROM customers')).toMatchObject({ rows: [[3]] });
	});

	it('throws DatasetError for a broken dataset, and the engine keeps working', async () => {
		await expect(engine.loadDataset('bad', 'CREATE TABLE')).rejects.toThrow(DatasetError);
		expect(await run('SELECT count(*) FROM orders')).toMatchObject({ rows: [[4]] });
	});

	it('reopens a database with its datasets already built (a snapshot)', async () => {
		const again = await PgEngine.open(db);
		expect(again.datasets.get('shop')).toBe(shop);
	});
});

describe('PgEngine.schema', () => {
	it('reads tables, PostgreSQL type names, keys, samples and counts', async () => {
		const tables = await engine.schema('shop', shop, 2);
		expect(tables.map((t) => t.name)).toEqual(['customers', 'orders']);
		expect(tables[1]).toMatchObject({
			columns: [
				{ name: 'id', type: 'integer', primaryKey: true },
				{ name: 'customer_id', type: 'integer', primaryKey: false },
				{ name: 'amount', type: 'real', primaryKey: false },
				{ name: 'placed_on', type: 'text', primaryKey: false }
			],
			sample: { columns: ['id', 'customer_id', 'amount', 'placed_on'], rows: [[1, 1, 10, '2024-01-05'], [2, 1, 15.5, '2024-02-11']] },
			rowCount: 4
		});
	});
});
