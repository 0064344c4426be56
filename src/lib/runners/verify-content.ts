// Checks that the content's answers are right, with the same engine, harness and comparator the
// app uses: every SQL reference solution and scenario query returns its authored rows, every
// scenario worked-example step's SQL returns its single value, every Python reference solution
// passes its tests and every starter fails at least one.
// Node only (used by scripts/verify-content.ts); the runtimes are passed in.

import type { ContentBundle, Item, PythonItem, ScenarioItem, SqlItem } from '../content/types';
import { compareResults } from './checking';
import { DEFAULT_TOLERANCE, formatValue, valuesEqual } from './checking/values';
import type { PythonHarness } from './python/harness';
import { pythonReport } from './checking/python-report';
import type { SqlEngine } from './sql/engine';

/** Checks compare complete results: far above any authored table, so nothing is cut off. */
const VERIFY_MAX_ROWS = 100_000;

export interface VerifyFailure {
	source: string;
	id: string;
	problem: string;
}

export interface VerifyReport {
	failures: VerifyFailure[];
	checked: { sql: number; scenarioQueries: number; breakIts: number; workedExampleSteps: number; python: number };
}

export interface Runtimes {
	sql: SqlEngine;
	/** Loaded only when the bundle holds Python items (Pyodide takes ~2 s to start). */
	python: () => Promise<PythonHarness>;
}

export async function verifyBundle(bundle: ContentBundle, runtimes: Runtimes): Promise<VerifyReport> {
	const report: VerifyReport = { failures: [], checked: { sql: 0, scenarioQueries: 0, breakIts: 0, workedExampleSteps: 0, python: 0 } };
	const datasets = new Map(bundle.datasets.map((d) => [d.id, d.sql]));
	const fail = (item: Item, problem: string, id = item.id) => report.failures.push({ source: item.source, id, problem });

	for (const item of bundle.items) {
		if (item.kind === 'sql') {
			report.checked.sql++;
			checkSql(item, datasets, runtimes.sql, fail);
		} else if (item.kind === 'scenario') {
			checkScenario(item, datasets, runtimes.sql, fail, report.checked);
		}
	}
	const pythonItems = bundle.items.filter((item): item is PythonItem => item.kind === 'python');
	if (pythonItems.length > 0) {
		const harness = await runtimes.python();
		for (const item of pythonItems) {
			report.checked.python++;
			checkPython(item, harness, fail);
		}
	}
	return report;
}

type Fail = (item: Item, problem: string, id?: string) => void;

function run(engine: SqlEngine, datasetId: string, datasetSql: string, query: string, setupSql?: string) {
	try {
		return engine.run({ datasetId, datasetSql, query, setupSql, maxRows: VERIFY_MAX_ROWS });
	} catch (error) {
		return { error: { message: (error as Error).message, statement: null }, elapsedMs: 0 };
	}
}

function checkSql(item: SqlItem, datasets: Map<string, string>, engine: SqlEngine, fail: Fail): void {
	const datasetSql = datasets.get(item.dataset);
	if (datasetSql === undefined) return fail(item, `dataset "${item.dataset}" does not exist`);
	const result = run(engine, item.dataset, datasetSql, item.solution);
	if (result.error) return fail(item, `the solution fails: ${result.error.message}`);
	const comparison = compareResults(item.expected, result, { ordered: item.ordered, checkColumnNames: item.checkColumnNames });
	if (!comparison.pass) fail(item, `the solution does not return "expected": ${comparison.reasons.map((r) => r.message).join(' ')}`);
}

function checkScenario(item: ScenarioItem, datasets: Map<string, string>, engine: SqlEngine, fail: Fail, checked: VerifyReport['checked']): void {
	const datasetSql = datasets.get(item.dataset);
	if (datasetSql === undefined) return fail(item, `dataset "${item.dataset}" does not exist`);
	for (const query of item.queries) {
		checked.scenarioQueries++;
		const result = run(engine, item.dataset, datasetSql, query.sql);
		if (result.error) {
			fail(item, `query "${query.id}" fails: ${result.error.message}`, `${item.id}/${query.id}`);
			continue;
		}
		const comparison = compareResults(query.expected, result, { ordered: query.ordered, checkColumnNames: false });
		if (!comparison.pass) fail(item, `query "${query.id}" does not return its "expected": ${comparison.reasons.map((r) => r.message).join(' ')}`, `${item.id}/${query.id}`);
	}
	for (const breakIt of item.breakIts) {
		checked.breakIts++;
		const id = `${item.id}/${breakIt.id}`;
		const before = run(engine, item.dataset, datasetSql, breakIt.querySql);
		const after = run(engine, item.dataset, datasetSql, breakIt.querySql, breakIt.breakSql);
		if (before.error) fail(item, `break-it "${breakIt.id}": the query fails: ${before.error.message}`, id);
		else if (after.error) fail(item, `break-it "${breakIt.id}": after breaking, ${after.error.message}`, id);
		else if (compareResults(before, after, { ordered: true, checkColumnNames: true }).pass) {
			fail(item, `break-it "${breakIt.id}": breaking it does not change the query's result, so it shows nothing`, id);
		}
	}
	item.workedExample.steps.forEach((step, i) => {
		checked.workedExampleSteps++;
		const at = `workedExample.steps[${i}]`;
		const id = `${item.id}/${at}`;
		const result = run(engine, item.dataset, datasetSql, step.sql);
		if (result.error) return fail(item, `worked example step ${i} (${at}): the SQL fails: ${result.error.message}`, id);
		const shape = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} of ${result.columns.length} column${result.columns.length === 1 ? '' : 's'}`;
		if (result.rows.length !== 1 || result.columns.length !== 1) {
			return fail(item, `worked example step ${i} (${at}): the SQL must return one row with one value, got ${shape}`, id);
		}
		const got = result.rows[0][0];
		if (!valuesEqual(step.value, got, DEFAULT_TOLERANCE)) {
			fail(item, `worked example step ${i} (${at}): the SQL returns ${formatValue(got)} but "value" is ${formatValue(step.value)}`, id);
		}
	});
}

function checkPython(item: PythonItem, harness: PythonHarness, fail: Fail): void {
	const solution = pythonReport(harness.test(item.solution, item.tests));
	if (!solution.pass) {
		const why = solution.failures.map((f) => `${f.name}: ${f.message.split('\n').join(' ')}`).join('; ');
		fail(item, `the solution does not pass its tests: ${solution.summary}${why ? ` (${why})` : ''}`);
	}
	const starter = harness.test(item.starter, item.tests);
	if (starter.total > 0 && starter.passed === starter.total && !starter.setupError) {
		fail(item, 'the starter already passes every test: at least one test must fail until the user writes the solution');
	}
}
