import { loadPyodide } from 'pyodide';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { runnerBundle } from '../../../tests/fixtures/runners/bundle';
import { PythonHarness } from './python/harness';
import { SqlEngine } from './sql/engine';
import { verifyBundle } from './verify-content';

describe('verifyBundle', () => {
	it('names each broken answer by file and id, and passes the good ones', async () => {
		const report = await verifyBundle(runnerBundle, {
			sql: new SqlEngine(await initSqlJs()),
			python: async () => PythonHarness.install(await loadPyodide())
		});
		expect(report.checked).toEqual({ sql: 3, scenarioQueries: 2, breakIts: 2, python: 3 });
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
});
