// The lens is tested against the errors the real engines give, so a reworded engine message that
// stops matching fails here rather than silently dropping the advice.
import { PGlite } from '@electric-sql/pglite';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dialect } from '../../model/index';
import { SqlEngine } from '../sql/engine';
import { PgEngine } from '../sql/pg-engine';
import { dialectLens } from './dialect-lens';

const dataset = `CREATE TABLE pays (id INTEGER PRIMARY KEY, user_id INTEGER, amount DOUBLE PRECISION, paid_at TIMESTAMP, refunded BOOLEAN);
INSERT INTO pays VALUES (1, 1, 9.5, '2024-03-01 10:00:00', FALSE), (2, 1, 20, '2024-03-09 12:30:00', TRUE);`;

let pglite: PGlite;
let engines: Record<Dialect, { run: (query: string) => Promise<string | null> }>;

beforeAll(async () => {
	pglite = await PGlite.create();
	const pg = await PgEngine.open(pglite);
	const lite = new SqlEngine(await initSqlJs());
	const request = (query: string) => ({ datasetId: 'pays', datasetSql: dataset, query, maxRows: 10 });
	engines = {
		postgres: { run: async (query) => (await pg.run(request(query))).error?.message ?? null },
		sqlite: { run: async (query) => lite.run(request(query)).error?.message ?? null }
	};
}, 60_000);
afterAll(() => pglite.close());

/** Runs the query on the engine, which must fail, and returns what the lens says. */
async function lens(dialect: Dialect, query: string) {
	const error = await engines[dialect].run(query);
	expect(error, `${query} should fail on ${dialect}`).not.toBeNull();
	return dialectLens(query, error!, dialect).map((hint) => hint.construct);
}

describe('dialectLens on PostgreSQL: SQLite habits', () => {
	it.each([
		["SELECT strftime('%Y-%m', paid_at) FROM pays", 'strftime'],
		['SELECT julianday(paid_at) - julianday(paid_at) FROM pays', 'julianday'],
		["SELECT date(paid_at, '+1 day') FROM pays", "date(x, '+1 day')"],
		["SELECT * FROM pays WHERE paid_at < datetime('now')", "date('now')"],
		['SELECT ifnull(amount, 0) FROM pays', 'ifnull'],
		['SELECT group_concat(id) FROM pays', 'group_concat'],
		['SELECT SUM(amount > 10) FROM pays', 'SUM of a comparison'],
		['SELECT AVG(amount > 10) FROM pays', 'AVG of a comparison'],
		['SELECT MAX(amount, 10) FROM pays', 'MAX(a, b)'],
		['SELECT * FROM pays WHERE refunded = 1', 'a flag compared with 0 or 1'],
		['SELECT ROUND(AVG(amount), 2) FROM pays', 'ROUND of a double'],
		['SELECT user_id, amount FROM pays GROUP BY user_id', 'a column neither grouped nor aggregated'],
		['INSERT OR REPLACE INTO pays (id) VALUES (1)', 'INSERT OR REPLACE']
	])('%s → %s', async (query, construct) => {
		expect(await lens('postgres', query)).toContain(construct);
	});
});

describe('dialectLens on SQLite: PostgreSQL habits', () => {
	it.each([
		['SELECT amount::int FROM pays', '::'],
		["SELECT date_trunc('month', paid_at) FROM pays", 'date_trunc'],
		["SELECT paid_at + INTERVAL '1 day' FROM pays", 'INTERVAL'],
		['SELECT EXTRACT(EPOCH FROM paid_at) FROM pays', 'EXTRACT'],
		["SELECT to_char(paid_at, 'YYYY') FROM pays", 'to_char'],
		["SELECT * FROM pays WHERE user_id::text ILIKE '1'", 'ILIKE'],
		['SELECT DISTINCT ON (user_id) * FROM pays', 'DISTINCT ON'],
		['SELECT GREATEST(amount, 10) FROM pays', 'GREATEST'],
		['SELECT * FROM generate_series(1, 3)', 'generate_series'],
		["SELECT * FROM pays WHERE paid_at >= DATE '2024-03-01'", "DATE '…'"]
	])('%s → %s', async (query, construct) => {
		expect(await lens('sqlite', query)).toContain(construct);
	});
});

describe('dialectLens', () => {
	it('says what to write instead, in the dialect the query ran on', () => {
		const [hint] = dialectLens("SELECT strftime('%Y', paid_at) FROM pays", 'function strftime(unknown, timestamp without time zone) does not exist', 'postgres');
		expect(hint.advice).toMatch(/to_char|date_trunc|EXTRACT/);
	});

	it('ignores constructs inside strings and comments', () => {
		expect(dialectLens("SELECT 'a::b' -- date_trunc(\nFROM nope", 'no such table: nope', 'sqlite')).toEqual([]);
	});

	it('does not blame a construct when the error is about something else', () => {
		expect(dialectLens('SELECT MAX(amount, 10) FROM nope', 'relation "nope" does not exist', 'postgres')).toEqual([]);
	});
});
