// Starts the drill runtimes before they are needed: when a Python drill is among the next cards,
// Pyodide starts loading; when a SQL drill is, sql.js and its dataset load. Each starts once.
import type { Item } from '$lib/content/types';
import { datasetSql } from './datasets';

/** How many upcoming cards to look at. */
export const PREWARM_LOOKAHEAD = 3;

let pythonWarming: Promise<unknown> | null = null;
const datasetsWarming = new Set<string>();

/** Starts loading Pyodide in its worker, once; a Python editor on screen is reason enough. */
export function prewarmPython(): void {
	if (pythonWarming) return;
	pythonWarming = import('$lib/runners/python/python-runner')
		.then(({ warmPython }) => warmPython())
		.catch((error: unknown) => {
			pythonWarming = null;
			console.warn('Prewarming Python failed; it will load on first run.', error);
		});
}

export function prewarmFor(items: readonly Item[]): void {
	for (const item of items) {
		if (item.kind === 'python') prewarmPython();
		if (item.kind === 'sql' && !datasetsWarming.has(item.dataset)) {
			datasetsWarming.add(item.dataset);
			Promise.all([import('$lib/runners/sql/sql-runner'), datasetSql(item.dataset)])
				.then(([{ preloadDataset }, sql]) => preloadDataset(item.dataset, sql))
				.catch((error: unknown) => {
					datasetsWarming.delete(item.dataset);
					console.warn(`Prewarming dataset ${item.dataset} failed; it will load on first run.`, error);
				});
		}
	}
}
