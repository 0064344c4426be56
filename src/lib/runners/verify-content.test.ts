import { loadPyodide } from 'pyodide';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import type { ScenarioItem } from '../content/types';
import { runnerBundle, runnerScenario } from '../../../tests/fixtures/runners/bundle';
import { PythonHarness } from './python/harness';
import { SqlEngine } from './sql/engine';
import { verifyBundle } from './verify-content';

describe('verifyBundle', () => {
	it('names each broken answer by file and id, and passes the good ones', async () => {
		const report = await verifyBundle(runnerBundle, {
			sql: new SqlEngine(await initSqlJs()),
			python: async () => PythonHarness.install(await loadPyodide())
		});
		expect(report.checked).toEqual({ sql: 3, scenarioQueries: 2, breakIts: 2, workedExampleSteps: 1, python: 3 });
		const lines = report.failures.map((f) => `${f.source} (${f.id}): ${f.problem}`);
		expect(lines).toHaveLength(6);
		expect(lines).toEqual([
			expect.stringMatching(/^tests\/fixtures\/runners\/spend-wrong-expected\.md \(spend-wrong-expected\): the solution does not return "expected": Expected 9\.5 but got 9\.25 in column total/),
			'tests/fixtures/runners/spend-broken.md (spend-broken): the solution fails: no such column: nme',
			expect.stringContaining('(shop-scenario/wrong): query "wrong" does not return its "expected"'),
			expect.stringContaining('(shop-scenario/no-effect): break-it "no-effect": breaking it does not change'),
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
		const report = await verifyBundle({ ...runnerBundle, items: [scenario] }, { sql: new SqlEngine(await initSqlJs()), python: async () => { throw new Error('not needed'); } });
		expect(report.checked).toEqual({ sql: 0, scenarioQueries: 1, breakIts: 0, workedExampleSteps: 9, python: 0 });
		expect(report.failures.map((f) => `${f.source} (${f.id}): ${f.problem}`)).toEqual([
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[4]): worked example step 4 (workedExample.steps[4]): the SQL returns 25.5 but "value" is 25',
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[5]): worked example step 5 (workedExample.steps[5]): the SQL must return one row with one value, got 4 rows of 1 column',
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[6]): worked example step 6 (workedExample.steps[6]): the SQL must return one row with one value, got 1 row of 2 columns',
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[7]): worked example step 7 (workedExample.steps[7]): the SQL must return one row with one value, got 0 rows of 1 column',
			'tests/fixtures/runners/shop-scenario.md (shop-scenario/workedExample.steps[8]): worked example step 8 (workedExample.steps[8]): the SQL fails: no such column: amont'
		]);
	});
});
