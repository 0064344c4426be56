// The app's front door to SQL on either engine: PostgreSQL (PGlite) or SQLite (sql.js), each in its
// own worker behind the same message contract. `runSql` never throws for anything the user did:
// errors in the query and a query stopped at its deadline come back as `{ error }`.

import snapshot from 'virtual:pglite/snapshot';
import type { Dialect, SchemaCheck } from '../../model/index';
import type { LoadProgress, PgConfig, SchemaRunResult, SqlRunResult, TableSchema } from '../protocol';
import { StoppedError, WorkerClient } from '../worker-client';
import { DEFAULT_MAX_ROWS } from './engine';

export const SQL_DEADLINE_MS = 3_000;

/**
 * An engine nobody used for this long is stopped, so a phone does not hold PostgreSQL (~100 MB),
 * Pyodide and sql.js in memory at once. The next run starts it again (PostgreSQL: 0.5-2 s).
 */
export const SQL_IDLE_MS: Record<Dialect, number> = { postgres: 3 * 60_000, sqlite: 10 * 60_000 };

export interface RunSqlOptions {
	deadlineMs?: number;
	maxRows?: number;
	/** Statements run before the query on the same fresh copy (a scenario's "break it"). */
	setupSql?: string;
}

interface Dataset {
	datasetId: string;
	datasetSql: string;
}

const clients: Partial<Record<Dialect, WorkerClient>> = {};
/** The last dataset used on each engine, preloaded into a replacement worker so the next run stays fast. */
const lastDataset: Partial<Record<Dialect, Dataset>> = {};
const progressListeners = new Set<(dialect: Dialect, progress: LoadProgress) => void>();

const SPAWN: Record<Dialect, () => Worker> = {
	sqlite: () => new Worker(new URL('./sql.worker.ts', import.meta.url), { type: 'module', name: 'sqlite-runner' }),
	postgres: () => {
		const worker = new Worker(new URL('./pg.worker.ts', import.meta.url), { type: 'module', name: 'postgres-runner' });
		worker.postMessage({ type: 'pg-config', snapshotUrl: snapshot.url } satisfies PgConfig);
		return worker;
	}
};

function client(dialect: Dialect): WorkerClient {
	return (clients[dialect] ??= new WorkerClient({
		runner: dialect === 'postgres' ? 'PostgreSQL' : 'SQLite',
		spawn: SPAWN[dialect],
		idleMs: SQL_IDLE_MS[dialect],
		onProgress: (progress) => progressListeners.forEach((listener) => listener(dialect, progress))
	}));
}

/** Follows an engine's first (slow) load, for a status line. Returns an unsubscribe function. */
export function onSqlProgress(listener: (dialect: Dialect, progress: LoadProgress) => void): () => void {
	progressListeners.add(listener);
	return () => progressListeners.delete(listener);
}

/** True while the engine's worker is alive (loaded or loading): a run will not wait for a start. */
export function isSqlEngineRunning(dialect: Dialect): boolean {
	return clients[dialect]?.hasWorker ?? false;
}

/** Starts an engine ahead of its first use (a schema drill is open or coming up). */
export async function warmSql(dialect: Dialect): Promise<void> {
	await client(dialect).call('sql-warm', {}, { deadlineMs: SQL_DEADLINE_MS });
}

/**
 * Runs a schema drill on PostgreSQL: the DDL, then each hidden check. A DDL or check that runs past
 * the deadline comes back as an error, like a runaway query.
 */
export async function checkSchema(ddl: string, checks: readonly SchemaCheck[], deadlineMs = SQL_DEADLINE_MS): Promise<SchemaRunResult> {
	try {
		return await client('postgres').call('pg-schema-check', { ddl, checks: [...checks] }, { deadlineMs });
	} catch (error) {
		if (!(error instanceof StoppedError) || error.reason !== 'deadline') throw error;
		void warmSql('postgres').catch((failure: unknown) => console.warn('postgres runner: restarting after a stop failed', failure));
		return { error: { message: `${error.message}: the DDL or a check ran too long`, statement: null, stopped: true }, outcomes: [], elapsedMs: error.afterMs };
	}
}

/** Starts an engine and loads a dataset ahead of the first run (a SQL drill is open or coming up). */
export async function preloadDataset(dialect: Dialect, datasetId: string, datasetSql: string): Promise<void> {
	lastDataset[dialect] = { datasetId, datasetSql };
	await client(dialect).call('sql-load-dataset', { datasetId, datasetSql }, { deadlineMs: SQL_DEADLINE_MS });
}

/**
 * Runs `query` against a fresh copy of the dataset on `dialect`'s engine. Example:
 *   const r = await runSql('postgres', 'shop', shopSql, 'SELECT * FROM orders');
 *   if (r.error) show(r.error.message); else table(r.columns, r.rows, r.truncated, r.totalRows);
 */
export async function runSql(dialect: Dialect, datasetId: string, datasetSql: string, query: string, options: RunSqlOptions = {}): Promise<SqlRunResult> {
	const { deadlineMs = SQL_DEADLINE_MS, maxRows = DEFAULT_MAX_ROWS, setupSql } = options;
	lastDataset[dialect] = { datasetId, datasetSql };
	try {
		return await client(dialect).call('sql-run', { datasetId, datasetSql, setupSql, query, maxRows }, { deadlineMs });
	} catch (error) {
		if (!(error instanceof StoppedError) || error.reason !== 'deadline') throw error;
		rewarm(dialect);
		return {
			error: { message: `${error.message}: the query ran too long (a recursive CTE without a limit, or a huge join?)`, statement: null, stopped: true },
			elapsedMs: error.afterMs
		};
	}
}

/** The dataset's tables as `dialect`'s engine sees them, for the schema panel and completion. */
export async function readSchema(dialect: Dialect, datasetId: string, datasetSql: string, sampleRows: number): Promise<TableSchema[]> {
	return client(dialect).call('sql-schema', { datasetId, datasetSql, sampleRows }, { deadlineMs: SQL_DEADLINE_MS });
}

/** After a stop the worker was replaced: start the new one now rather than on the next run. */
function rewarm(dialect: Dialect): void {
	const dataset = lastDataset[dialect];
	if (!dataset) return;
	client(dialect)
		.call('sql-load-dataset', dataset, { deadlineMs: SQL_DEADLINE_MS })
		.catch((error: unknown) => console.warn(`${dialect} runner: reloading the dataset after a stop failed`, error));
}
