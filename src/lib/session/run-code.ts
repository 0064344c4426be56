// Runs what the user typed, loading the runner on first use: SQL against a dataset on the chosen
// engine, or Python. Smart quotes from phone keyboards are straightened first.
import type { Dialect } from '$lib/model';
import type { PyRunResult, SqlRunResult } from '$lib/runners/protocol';
import { straightenQuotes } from '$lib/runners/source';
import { datasetSql } from './datasets';

export interface SqlRunOptions {
	maxRows?: number;
	/** Statements run first on the same fresh copy (a scenario's "break it"). */
	setupSql?: string;
}

export async function runUserSql(dialect: Dialect, datasetId: string, code: string, options: SqlRunOptions = {}): Promise<SqlRunResult> {
	const [{ runSql }, sql] = await Promise.all([import('$lib/runners/sql/sql-runner'), datasetSql(datasetId, dialect)]);
	return runSql(dialect, datasetId, sql, straightenQuotes(code), options);
}

export async function runUserPython(code: string): Promise<PyRunResult> {
	const { runPython } = await import('$lib/runners/python/python-runner');
	return runPython(straightenQuotes(code));
}
