// Starts the drill runtimes before they are needed: when a Python drill is among the next cards,
// Pyodide starts loading; when a SQL drill is, its engine starts and loads the dataset. A runtime
// that is already running is left alone; one the idle timer stopped is started again. Each starts
// after the screen that asked has painted: a runtime's download (megabytes) never delays it.
import type { Dialect, Item } from '$lib/model';
import { painted } from './after-paint';
import { datasetSql } from './datasets';

/** How many upcoming cards to look at. */
export const PREWARM_LOOKAHEAD = 3;

let pythonWarming: Promise<unknown> | null = null;
const datasetsWarming = new Map<string, Promise<unknown>>();

/** Starts loading Pyodide in its worker; a Python editor on screen is reason enough. */
export function prewarmPython(): void {
	if (pythonWarming) return;
	pythonWarming = painted()
		.then(() => import('$lib/runners/python/python-runner'))
		.then(({ warmPython }) => warmPython())
		.catch((error: unknown) => console.warn('Prewarming Python failed; it will load on first run.', error))
		.finally(() => (pythonWarming = null));
}

/** Starts `dialect`'s engine with `datasetId` loaded; a SQL drill on screen, or coming up. */
export function prewarmSql(dialect: Dialect, datasetId: string): void {
	const key = `${dialect}:${datasetId}`;
	if (datasetsWarming.has(key)) return;
	const warming = painted()
		.then(() => Promise.all([import('$lib/runners/sql/sql-runner'), datasetSql(datasetId, dialect)]))
		.then(([{ preloadDataset }, sql]) => preloadDataset(dialect, datasetId, sql))
		.catch((error: unknown) => console.warn(`Prewarming dataset ${datasetId} on ${dialect} failed; it will load on first run.`, error))
		.finally(() => datasetsWarming.delete(key));
	datasetsWarming.set(key, warming);
}

let postgresWarming: Promise<unknown> | null = null;

/** Starts PostgreSQL with no dataset: a schema drill builds its own tables. */
export function prewarmPostgres(): void {
	if (postgresWarming) return;
	postgresWarming = painted()
		.then(() => import('$lib/runners/sql/sql-runner'))
		.then(({ warmSql }) => warmSql('postgres'))
		.catch((error: unknown) => console.warn('Prewarming PostgreSQL failed; it will start on first run.', error))
		.finally(() => (postgresWarming = null));
}

export function prewarmFor(items: readonly Item[], dialect: Dialect): void {
	for (const item of items) {
		if (item.kind === 'python') prewarmPython();
		if (item.kind === 'sql') prewarmSql(dialect, item.dataset);
		if (item.kind === 'schema') prewarmPostgres();
	}
}
