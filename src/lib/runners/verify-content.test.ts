import { PGlite } from '@electric-sql/pglite';
import { loadPyodide } from 'pyodide';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioItem, SchemaCheck, SchemaItem } from '../model/index';
import { runnerBundle, runnerScenario } from '../../../tests/fixtures/runners/bundle';
import { PythonHarness } from './python/harness';
import { SqlEngine } from './sql/engine';
import { PgEngine } from './sql/pg-engine';
import { verifyBundle, type Runtimes } from './verify-content';

let pglite: PGlite;
let runtimes: Runtimes;

beforeAll(async () => {
	pglite = await PGlite.create();
	const postgres = await PgEngine.open(pglite);
	runtimes = { sqlite: new SqlEngine(await initSqlJs()), postgres: async () => postgres, python: async () => PythonHarness.install(await loadPyodide()) };
}, 60_000);
afterAll(() => pglite.close());

describe('verifyBundle', () => {
	it('names each broken answer by file, id and engine, and passes the good ones', async () => {
		const report = await verifyBundle(runnerBundle, runtimes);
		expect(report.checked).toEqual({ sql: 6, wrongAnswers: 3, schema: 0, schemaWrongAnswers: 0, scenarioQueries: 2, breakIts: 2, workedExampleSteps: 1, python: 3 });
		expect(report.references).toEqual({ portable: { sql: 5, scenarioQueries: 2 }, postgresOwn: { sql: 1, scenarioQueries: 0 } });
		const lines = report.failures.map((f) => `${f.source} (${f.id}${f.dialect ? `, ${f.dialect}` : ''}): ${f.problem}`);
		expect(lines).toEqual([
			expect.stringMatching(/^tests\/fixtures\/runners\/spend-wrong-expected\.md \(spend-wrong-expected, postgres\): on PostgreSQL, the solution does not return "expected": Expected 9\.5 but got 9\.25 in column total/),
			expect.stringMatching(/\(spend-wrong-expected, sqlite\): on SQLite, the solution does not return "expected": Expected 9\.5 but got 9\.25/),
			expect.stringContaining('(spend-broken, postgres): on PostgreSQL, the solution fails: column "nme" does not exist Hint: Perhaps you meant'),
			'tests/fixtures/runners/spend-broken.md (spend-broken, sqlite): on SQLite, the solution fails: no such column: nme',
			expect.stringContaining('(february-sqlite-only, postgres): on PostgreSQL, the solution fails: function strftime'),
			expect.stringContaining('(spend-traps/wrong: Sorts the wrong way, postgres): on PostgreSQL, wrong answer "Sorts the wrong way" is accepted: add rows'),
			expect.stringContaining('(spend-traps/wrong: Does not run, postgres): on PostgreSQL, wrong answer "Does not run" fails to run'),
			expect.stringContaining('(spend-traps/wrong: Sorts the wrong way, sqlite): on SQLite, wrong answer "Sorts the wrong way" is accepted'),
			expect.stringContaining('(spend-traps/wrong: Does not run, sqlite): on SQLite, wrong answer "Does not run" fails to run'),
			expect.stringContaining('(shop-scenario/wrong, postgres): on PostgreSQL, query "wrong" does not return its "expected"'),
			expect.stringContaining('(shop-scenario/no-effect, postgres): on PostgreSQL, break-it "no-effect": breaking it does not change'),
			expect.stringContaining('(shop-scenario/wrong, sqlite): on SQLite, query "wrong"'),
			expect.stringContaining('(shop-scenario/no-effect, sqlite): on SQLite, break-it "no-effect"'),
			expect.stringContaining('(double-bad-solution): the solution does not pass its tests: 1 of 2 tests pass (test_zero: assert double(0) == 0   where double(0) = 2)'),
			expect.stringContaining('(double-starter-passes): the starter already passes every test')
		]);
	}, 60_000);

	it('runs each worked-example step against the scenario dataset, naming scenario and step on failure', async () => {
		const step = (sql: string, value: number | string) => ({ text: '', textHtml: '', sql, value });
		const scenario: ScenarioItem = {
			...runnerScenario,
			queries: [runnerScenario.queries[0]],
			breakIts: [],
			workedExample: {
				...runnerScenario.workedExample,
				steps: [
					step('SELECT count(*) FROM orders', 4),
					step('SELECT ROUND(SUM(amount) / 3.0, 4) FROM orders', 11.5833), // 34.75 / 3, rounded
					step('SELECT SUM(amount) * (1 + 1e-7) FROM orders', 34.75), // float noise within 1e-6 passes
					step("SELECT name FROM customers WHERE id = 2", 'Bo'),
					step('SELECT SUM(amount) FROM orders WHERE customer_id = 1', 25),
					step('SELECT amount FROM orders', 10),
					step('SELECT id, amount FROM orders WHERE id = 1', 10),
					step('SELECT amount FROM orders WHERE id = 99', 10),
					step('SELECT amont FROM orders', 10)
				]
			}
		};
		const report = await verifyBundle({ ...runnerBundle, items: [scenario] }, { ...runtimes, python: async () => { throw new Error('not needed'); } });
		expect(report.checked).toEqual({ sql: 0, wrongAnswers: 0, schema: 0, schemaWrongAnswers: 0, scenarioQueries: 1, breakIts: 0, workedExampleSteps: 9, python: 0 });
		const sqlite = report.failures.filter((f) => f.dialect === 'sqlite').map((f) => `${f.source} (${f.id}): ${f.problem}`);
		expect(sqlite).toEqual([
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[4]): on SQLite, worked example step 4 (workedExample.steps[4]): the SQL returns 25.5 but "value" is 25',
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[5]): on SQLite, worked example step 5 (workedExample.steps[5]): the SQL must return one row with one value, got 4 rows of 1 column',
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[6]): on SQLite, worked example step 6 (workedExample.steps[6]): the SQL must return one row with one value, got 1 row of 2 columns',
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[7]): on SQLite, worked example step 7 (workedExample.steps[7]): the SQL must return one row with one value, got 0 rows of 1 column',
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[8]): on SQLite, worked example step 8 (workedExample.steps[8]): the SQL fails: no such column: amont'
		]);
		// PostgreSQL finds the same five, and one more: its ROUND(x, n) takes numeric, not the
		// double precision that real / numeric gives.
		const postgres = report.failures.filter((f) => f.dialect === 'postgres');
		expect(postgres.map((f) => f.id)).toEqual(['shop-scenario/workedExample.steps[1]', ...report.failures.filter((f) => f.dialect === 'sqlite').map((f) => f.id)]);
		expect(postgres[0].problem).toContain('function round(double precision, integer) does not exist');
	});
});

describe('verifyBundle: schema drills', () => {
	const checks: SchemaCheck[] = [
		{ kind: 'accepts', label: 'an account', sql: "INSERT INTO accounts VALUES (1, 'a@example.com')", because: null },
		{ kind: 'rejects', label: 'a second account with the same email', sql: "INSERT INTO accounts VALUES (2, 'a@example.com')", because: 'Two accounts share an email: add UNIQUE (email).' }
	];
	const schema = (id: string, solution: string, wrong: string[]): SchemaItem => ({
		id, kind: 'schema', deck: 'test', title: id, topics: [], difficulty: 1, domain: 'general', source: `tests/fixtures/runners/${id}.md`,
		prompt: '', promptHtml: '', solution, checks, hints: [], explanationHtml: '', targetSeconds: 60,
		wrongAnswers: wrong.map((sql, i) => ({ title: `wrong ${i + 1}`, whyHtml: '', sql }))
	});
	const good = 'CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL UNIQUE)';
	const loose = 'CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL)';

	it('passes a reference that passes, and wrong DDLs that each fail a check', async () => {
		const report = await verifyBundle({ ...runnerBundle, items: [schema('accounts-good', good, [loose])] }, runtimes);
		expect(report.checked).toMatchObject({ schema: 1, schemaWrongAnswers: 1 });
		expect(report.failures).toEqual([]);
	});

	it('names a reference that fails, a wrong DDL that passes and one that does not run', async () => {
		const report = await verifyBundle({ ...runnerBundle, items: [schema('accounts-bad', loose, [good, 'CREATE TABLE accounts (id int PRIMARY KEY'])] }, runtimes);
		expect(report.failures.map((f) => `${f.id}: ${f.problem}`)).toEqual([
			expect.stringMatching(/^accounts-bad: the reference DDL does not pass: 1 of 2 checks pass \("a second account with the same email": Two accounts share an email/),
			'accounts-bad/wrong: wrong 1: wrong DDL "wrong 1" passes every check: add a check that catches it',
			expect.stringMatching(/^accounts-bad\/wrong: wrong 2: wrong DDL "wrong 2" does not run, so it proves nothing: syntax error/)
		]);
	});
});
