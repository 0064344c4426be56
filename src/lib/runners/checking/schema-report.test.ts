// A schema drill judged end to end on real PGlite: a reference DDL, and DDLs that each miss one safeguard.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchemaCheck } from '../../model/index';
import { PgEngine } from '../sql/pg-engine';
import { schemaReport } from './schema-report';

const checks: SchemaCheck[] = [
	{ kind: 'accepts', label: 'a merchant', sql: "INSERT INTO merchants (merchant_id, name) VALUES (1, 'Acme')", because: null },
	{ kind: 'accepts', label: 'a payment', sql: "INSERT INTO payments (payment_id, merchant_id, source_event_id, amount_cents, created_at) VALUES (10, 1, 'evt-1', 500, '2026-03-01 10:00:00')", because: null },
	{
		kind: 'rejects',
		label: 'a second payment with the same source_event_id',
		sql: "INSERT INTO payments (payment_id, merchant_id, source_event_id, amount_cents, created_at) VALUES (11, 1, 'evt-1', 500, '2026-03-01 10:00:01')",
		because: 'Two payments with the same source_event_id were both accepted: add a UNIQUE constraint on source_event_id.'
	},
	{ kind: 'rejects', label: 'a negative amount', sql: "INSERT INTO payments VALUES (12, 1, 'evt-2', -5, '2026-03-01 11:00:00')", because: 'A negative amount was accepted: add CHECK (amount_cents > 0).' },
	{ kind: 'rejects', label: 'a payment of an unknown merchant', sql: "INSERT INTO payments VALUES (13, 99, 'evt-3', 5, '2026-03-01 12:00:00')", because: 'An orphan payment was accepted: reference merchants.' },
	{ kind: 'returns', label: 'payments per merchant', sql: 'SELECT merchant_id, count(*) FROM payments GROUP BY merchant_id', expected: { columns: ['merchant_id', 'n'], rows: [[1, 1]] }, ordered: false, because: null },
	{ kind: 'index', label: "a merchant's payments by time", table: 'payments', columns: ['merchant_id', 'created_at'], because: "Listing a merchant's recent payments scans the whole table" }
];

const reference = `CREATE TABLE merchants (merchant_id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE payments (
  payment_id integer PRIMARY KEY,
  merchant_id integer NOT NULL REFERENCES merchants,
  source_event_id text NOT NULL UNIQUE,
  amount_cents integer NOT NULL CHECK (amount_cents > 0),
  created_at timestamp NOT NULL
);
CREATE INDEX payments_by_merchant ON payments (merchant_id, created_at);`;

let pglite: PGlite;
let engine: PgEngine;
const judge = async (ddl: string) => schemaReport(checks, await engine.runSchemaChecks(ddl, checks));

beforeAll(async () => {
	pglite = await PGlite.create();
	engine = await PgEngine.open(pglite);
}, 60_000);
afterAll(() => pglite.close());

describe('schema drills', () => {
	it('passes a DDL that refuses every bad row and serves the access path', async () => {
		expect(await judge(reference)).toMatchObject({ pass: true, summary: 'All 7 checks pass' });
	});

	it('says what a missing UNIQUE let through, in the author’s words', async () => {
		const report = await judge(reference.replace(' UNIQUE', ''));
		// The duplicate got in, so the count after it is off too: checks build on each other.
		expect(report.summary).toBe('5 of 7 checks pass');
		expect(report.results.filter((r) => !r.pass).map((r) => r.message)).toEqual([
			'Two payments with the same source_event_id were both accepted: add a UNIQUE constraint on source_event_id.',
			expect.stringContaining('Payments per merchant: Expected 1 but got 2')
		]);
	});

	it('names the missing index and lists the ones there are', async () => {
		const report = await judge(reference.replace(/CREATE INDEX[^;]*;/, ''));
		const failed = report.results.find((r) => !r.pass)!;
		expect(failed.message).toContain('needs an index on payments leading with merchant_id, created_at');
		expect(failed.message).toContain('CREATE UNIQUE INDEX payments_pkey ON payments USING btree (payment_id)');
	});

	it('does not count an index that leads with the wrong column', async () => {
		const report = await judge(reference.replace('(merchant_id, created_at)', '(created_at, merchant_id)'));
		expect(report.results.at(-1)).toMatchObject({ pass: false });
	});

	it('explains a valid row that was refused, with PostgreSQL’s reason', async () => {
		const report = await judge(reference.replace('amount_cents integer NOT NULL CHECK (amount_cents > 0)', 'amount_cents integer NOT NULL CHECK (amount_cents > 1000)'));
		expect(report.results[1].message).toMatch(/^A valid statement was refused \(a payment\): new row for relation "payments" violates check constraint/);
	});

	it('reports a DDL that does not run, with its line, before any check', async () => {
		expect(await judge('CREATE TABLE merchants (merchant_id integer PRIMARY KEY);\nCREATE TABLE payments (id integr);')).toMatchObject({
			pass: false,
			summary: expect.stringMatching(/^Your DDL failed on line 2 before any check ran: type "integr" does not exist/),
			results: []
		});
	});

	it('leaves nothing behind: the next run starts from an empty schema', async () => {
		await judge(reference);
		expect(await judge(reference)).toMatchObject({ pass: true });
		const leftover = await pglite.query("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'drill'");
		expect(leftover.rows).toEqual([{ n: 0 }]);
	});

	it('refuses COMMIT in the DDL', async () => {
		expect((await judge(`${reference}\nCOMMIT;`)).summary).toContain('COMMIT is not needed here');
	});
});

describe('schema drills: what an index or a constraint really does', () => {
	it('does not count an expression index for the column it wraps', async () => {
		const report = await judge(reference.replace('(merchant_id, created_at)', '(merchant_id, (created_at::date))'));
		expect(report.results.at(-1)).toMatchObject({ pass: false });
	});

	it('counts a partial index: serving only the rows a query asks for is often the point', async () => {
		const report = await judge(reference.replace('(merchant_id, created_at);', '(merchant_id, created_at) WHERE amount_cents > 0;'));
		expect(report.results.at(-1)).toMatchObject({ pass: true });
	});

	it('fires a deferred foreign key at the end of each check', async () => {
		const report = await judge(reference.replace('REFERENCES merchants', 'REFERENCES merchants DEFERRABLE INITIALLY DEFERRED'));
		expect(report).toMatchObject({ pass: true });
	});
});
