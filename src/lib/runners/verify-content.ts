// Checks that the content's answers are right, with the same engines, harness and comparator the
// app uses, on BOTH SQL engines (SQLite through sql.js, PostgreSQL through PGlite):
// - every SQL drill's reference returns its authored rows, and every authored wrong answer runs and
//   is rejected (a wrong answer the data accepts means the trap it describes is not in the data);
// - every scenario query returns its rows, every break-it changes its query's result, every
//   worked-example step returns its single value;
// - every schema drill's reference DDL passes its hidden checks, and each wrong DDL fails one;
// - every Python reference passes its tests and every starter fails at least one.
// Node only (used by scripts/verify-content.ts); the runtimes are passed in.

import type { ContentBundle, Dialect, Item, PythonItem, ScenarioItem, SchemaCheck, SchemaItem, SqlItem } from '../model/index';
import { DIALECTS } from '../model/index';
import { DIALECT_NAMES, inDialect } from '../content';
import { compareResults, DEFAULT_TOLERANCE, formatValue, pythonReport, schemaReport, valuesEqual } from './checking';
import type { PythonHarness } from './python/harness';
import type { SqlRunRequest } from './sql/engine';
import type { SchemaRunResult, SqlRunResult } from './protocol';

/** Checks compare complete results: far above any authored table, so nothing is cut off. */
const VERIFY_MAX_ROWS = 100_000;

export interface VerifyFailure {
	source: string;
	id: string;
	/** The engine it failed on, for SQL. */
	dialect?: Dialect;
	problem: string;
}

export interface VerifyReport {
	failures: VerifyFailure[];
	checked: { sql: number; wrongAnswers: number; schema: number; schemaWrongAnswers: number; scenarioQueries: number; breakIts: number; workedExampleSteps: number; python: number };
	/** How many references run unchanged on both engines, and how many have a PostgreSQL one of their own. */
	references: { portable: { sql: number; scenarioQueries: number }; postgresOwn: { sql: number; scenarioQueries: number } };
}

/** Either engine, as the verifier uses it. */
export interface SqlRunner {
	run(request: SqlRunRequest): SqlRunResult | Promise<SqlRunResult>;
}

/** PostgreSQL also runs schema drills. */
export interface PostgresRunner extends SqlRunner {
	runSchemaChecks(ddl: string, checks: readonly SchemaCheck[]): Promise<SchemaRunResult>;
}

export interface Runtimes {
	sqlite: SqlRunner;
	/** Started only when the bundle has SQL (PGlite takes a few seconds to start). */
	postgres: () => Promise<PostgresRunner>;
	/** Loaded only when the bundle holds Python items (Pyodide takes ~2 s to start). */
	python: () => Promise<PythonHarness>;
}

type Fail = (item: Item, problem: string, where?: { id?: string; dialect?: Dialect }) => void;

interface Context {
	engines: { sqlite: SqlRunner; postgres: PostgresRunner };
	datasets: Map<string, { sqlite: string; postgres: string }>;
	fail: Fail;
	report: VerifyReport;
}

export async function verifyBundle(bundle: ContentBundle, runtimes: Runtimes): Promise<VerifyReport> {
	const report: VerifyReport = {
		failures: [],
		checked: { sql: 0, wrongAnswers: 0, schema: 0, schemaWrongAnswers: 0, scenarioQueries: 0, breakIts: 0, workedExampleSteps: 0, python: 0 },
		references: { portable: { sql: 0, scenarioQueries: 0 }, postgresOwn: { sql: 0, scenarioQueries: 0 } }
	};
	const fail: Fail = (item, problem, where = {}) =>
		report.failures.push({ source: item.source, id: where.id ?? item.id, ...(where.dialect ? { dialect: where.dialect } : {}), problem });
	const datasets = new Map(bundle.datasets.map((d) => [d.id, { sqlite: d.sql, postgres: d.postgres }]));

	const sqlItems = bundle.items.filter((item): item is SqlItem | ScenarioItem | SchemaItem => item.kind === 'sql' || item.kind === 'scenario' || item.kind === 'schema');
	if (sqlItems.length > 0) {
		const context: Context = { engines: { sqlite: runtimes.sqlite, postgres: await runtimes.postgres() }, datasets, fail, report };
		for (const item of sqlItems) {
			if (item.kind === 'sql') await checkSql(item, context);
			else if (item.kind === 'schema') await checkSchema(item, context);
			else await checkScenario(item, context);
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

/** Runs on one engine; an engine that throws (a dataset that does not load) counts as a failed query. */
async function run(context: Context, dialect: Dialect, datasetId: string, query: string, setupSql?: string): Promise<SqlRunResult> {
	const datasetSql = context.datasets.get(datasetId)![dialect];
	try {
		return await context.engines[dialect].run({ datasetId, datasetSql, query, setupSql, maxRows: VERIFY_MAX_ROWS });
	} catch (error) {
		return { error: { message: (error as Error).message, statement: null }, elapsedMs: 0 };
	}
}

const on = (dialect: Dialect) => `on ${DIALECT_NAMES[dialect]}`;

async function checkSql(item: SqlItem, context: Context): Promise<void> {
	const { fail, report } = context;
	if (!context.datasets.has(item.dataset)) return fail(item, `dataset "${item.dataset}" does not exist`);
	report.checked.sql++;
	report.references[item.solutionPostgres === undefined ? 'portable' : 'postgresOwn'].sql++;
	const wrongAnswers = item.wrongAnswers ?? [];
	report.checked.wrongAnswers += wrongAnswers.length;
	for (const dialect of DIALECTS) {
		const options = { ordered: item.ordered, checkColumnNames: item.checkColumnNames, dialect };
		const result = await run(context, dialect, item.dataset, inDialect(item.solution, item.solutionPostgres, dialect));
		if (result.error) fail(item, `${on(dialect)}, the solution fails: ${result.error.message}`, { dialect });
		else {
			const comparison = compareResults(item.expected, result, options);
			if (!comparison.pass) fail(item, `${on(dialect)}, the solution does not return "expected": ${comparison.reasons.map((r) => r.message).join(' ')}`, { dialect });
		}
		for (const wrong of wrongAnswers) {
			const id = `${item.id}/wrong: ${wrong.title}`;
			const outcome = await run(context, dialect, item.dataset, inDialect(wrong.sql, wrong.sqlPostgres, dialect));
			if (outcome.error) {
				fail(item, `${on(dialect)}, wrong answer "${wrong.title}" fails to run, so it proves nothing: ${outcome.error.message}`, { id, dialect });
			} else if (compareResults(item.expected, outcome, options).pass) {
				fail(item, `${on(dialect)}, wrong answer "${wrong.title}" is accepted: add rows to the dataset that set its trap`, { id, dialect });
			}
		}
	}
}

/** The reference DDL passes every hidden check; every wrong DDL fails at least one (PostgreSQL only). */
async function checkSchema(item: SchemaItem, context: Context): Promise<void> {
	const { fail, report } = context;
	const postgres = context.engines.postgres;
	report.checked.schema++;
	report.checked.schemaWrongAnswers += item.wrongAnswers.length;
	const reference = schemaReport(item.checks, await postgres.runSchemaChecks(item.solution, item.checks));
	if (!reference.pass) {
		const failed = reference.results.filter((r) => !r.pass).map((r) => `"${r.label}": ${r.message}`);
		fail(item, `the reference DDL does not pass: ${reference.summary}${failed.length ? ` (${failed.join('; ')})` : ''}`, { dialect: 'postgres' });
	}
	for (const wrong of item.wrongAnswers) {
		const id = `${item.id}/wrong: ${wrong.title}`;
		const run = await postgres.runSchemaChecks(wrong.sql, item.checks);
		if (run.error) fail(item, `wrong DDL "${wrong.title}" does not run, so it proves nothing: ${run.error.message}`, { id, dialect: 'postgres' });
		else if (schemaReport(item.checks, run).pass) fail(item, `wrong DDL "${wrong.title}" passes every check: add a check that catches it`, { id, dialect: 'postgres' });
	}
}

async function checkScenario(item: ScenarioItem, context: Context): Promise<void> {
	const { fail, report } = context;
	if (!context.datasets.has(item.dataset)) return fail(item, `dataset "${item.dataset}" does not exist`);
	for (const query of item.queries) {
		report.checked.scenarioQueries++;
		report.references[query.sqlPostgres === undefined ? 'portable' : 'postgresOwn'].scenarioQueries++;
	}
	report.checked.breakIts += item.breakIts.length;
	report.checked.workedExampleSteps += item.workedExample.steps.length;
	for (const dialect of DIALECTS) {
		const where = (id: string) => ({ id: `${item.id}/${id}`, dialect });
		for (const query of item.queries) {
			const result = await run(context, dialect, item.dataset, inDialect(query.sql, query.sqlPostgres, dialect));
			if (result.error) {
				fail(item, `${on(dialect)}, query "${query.id}" fails: ${result.error.message}`, where(query.id));
				continue;
			}
			const comparison = compareResults(query.expected, result, { ordered: query.ordered, checkColumnNames: false, dialect });
			if (!comparison.pass) fail(item, `${on(dialect)}, query "${query.id}" does not return its "expected": ${comparison.reasons.map((r) => r.message).join(' ')}`, where(query.id));
		}
		for (const breakIt of item.breakIts) {
			const querySql = inDialect(breakIt.querySql, breakIt.querySqlPostgres, dialect);
			const before = await run(context, dialect, item.dataset, querySql);
			const after = await run(context, dialect, item.dataset, querySql, inDialect(breakIt.breakSql, breakIt.breakSqlPostgres, dialect));
			const label = `${on(dialect)}, break-it "${breakIt.id}"`;
			if (before.error) fail(item, `${label}: the query fails: ${before.error.message}`, where(breakIt.id));
			else if (after.error) fail(item, `${label}: after breaking, ${after.error.message}`, where(breakIt.id));
			else if (compareResults(before, after, { ordered: true, checkColumnNames: true }).pass) {
				fail(item, `${label}: breaking it does not change the query's result, so it shows nothing`, where(breakIt.id));
			}
		}
		for (const [i, step] of item.workedExample.steps.entries()) {
			const at = `workedExample.steps[${i}]`;
			const label = `${on(dialect)}, worked example step ${i} (${at})`;
			const result = await run(context, dialect, item.dataset, inDialect(step.sql, step.sqlPostgres, dialect));
			if (result.error) {
				fail(item, `${label}: the SQL fails: ${result.error.message}`, where(at));
				continue;
			}
			const shape = `${result.rows.length} row${result.rows.length === 1 ? '' : 's'} of ${result.columns.length} column${result.columns.length === 1 ? '' : 's'}`;
			if (result.rows.length !== 1 || result.columns.length !== 1) {
				fail(item, `${label}: the SQL must return one row with one value, got ${shape}`, where(at));
				continue;
			}
			const got = result.rows[0][0];
			if (!valuesEqual(step.value, got, DEFAULT_TOLERANCE)) {
				fail(item, `${label}: the SQL returns ${formatValue(got)} but "value" is ${formatValue(step.value)}`, where(at));
			}
		}
	}
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
