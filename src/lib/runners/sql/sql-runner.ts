// The app's front door to SQL: `runSql` never throws for anything the user did. Errors in the
// query and a query stopped at its deadline come back as `{ error }`.

import type { SqlRunResult } from '../protocol';
import { StoppedError, WorkerClient } from '../worker-client';
import { DEFAULT_MAX_ROWS } from './engine';

export const SQL_DEADLINE_MS = 3_000;

export interface RunSqlOptions {
	deadlineMs?: number;
	maxRows?: number;
	/** Statements run before the query on the same fresh copy (a scenario's "break it"). */
	setupSql?: string;
}


let client: WorkerClient | null = null;
/** The last dataset used, preloaded into a replacement worker so the next run stays fast. */
let lastDataset: { datasetId: string; datasetSql: string } | null = null;

function getClient(): WorkerClient {
	return (client ??= new WorkerClient({
		runner: 'SQL',
		spawn: () => new Worker(new URL('./sql.worker.ts', import.meta.url), { type: 'module', name: 'sql-runner' })
	}));
}

/** Loads sql.js and the dataset ahead of the first run (e.g. when a SQL drill is next in the queue). */
export async function preloadDataset(datasetId: string, datasetSql: string): Promise<void> {
	lastDataset = { datasetId, datasetSql };
	await getClient().call('sql-load-dataset', { datasetId, datasetSql }, { deadlineMs: SQL_DEADLINE_MS });
}

/**
 * Runs `query` against a fresh copy of the dataset. Example:
 *   const r = await runSql('shop', shopSql, 'SELECT * FROM orders');
 *   if (r.error) show(r.error.message); else table(r.columns, r.rows, r.truncated, r.totalRows);
 */
export async function runSql(datasetId: string, datasetSql: string, query: string, options: RunSqlOptions = {}): Promise<SqlRunResult> {
	const { deadlineMs = SQL_DEADLINE_MS, maxRows = DEFAULT_MAX_ROWS, setupSql } = options;
	lastDataset = { datasetId, datasetSql };
	try {
		return await getClient().call('sql-run', { datasetId, datasetSql, setupSql, query, maxRows }, { deadlineMs });
	} catch (error) {
		if (!(error instanceof StoppedError) || error.reason !== 'deadline') throw error;
		rewarm();
		return { error: { message: `${error.message}: the query ran too long (a recursive CTE without a limit, or a huge join?)`, statement: null, stopped: true }, elapsedMs: error.afterMs };
	}
}

/** After a stop, the worker was replaced: load the dataset again now rather than on the next run. */
function rewarm(): void {
	const dataset = lastDataset;
	if (!dataset) return;
	getClient()
		.call('sql-load-dataset', dataset, { deadlineMs: SQL_DEADLINE_MS })
		.catch((error: unknown) => console.warn('SQL runner: reloading the dataset after a stop failed', error));
}

/** Stops the SQL worker (e.g. when leaving the drills); the next run starts a new one. */
export function disposeSqlRunner(): void {
	client?.dispose();
	client = null;
}
