// Runs what the user typed, loading the runner on first use: SQL against a dataset, or Python.
// Smart quotes from phone keyboards are straightened first.
import type { PyRunResult, SqlRunResult } from '$lib/runners/protocol';
import { straightenQuotes } from '$lib/runners/source';
import { datasetSql } from './datasets';

export async function runUserSql(datasetId: string, code: string): Promise<SqlRunResult> {
	const { runSql } = await import('$lib/runners/sql/sql-runner');
	return runSql(datasetId, await datasetSql(datasetId), straightenQuotes(code));
}

export async function runUserPython(code: string): Promise<PyRunResult> {
	const { runPython } = await import('$lib/runners/python/python-runner');
	return runPython(straightenQuotes(code));
}
