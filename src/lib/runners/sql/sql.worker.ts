/// <reference lib="webworker" />
// The SQL worker: sql.js with its wasm served from our own origin, one SqlEngine for the worker's
// life. The client terminates and replaces this worker when a query runs past its deadline
// (sql.js has no way to interrupt a running statement).

import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import type { Request, Response, WorkerMessage } from '../protocol';
import { SqlEngine } from './engine';

declare const self: DedicatedWorkerGlobalScope;

let engine: Promise<SqlEngine> | null = null;
const getEngine = () => (engine ??= initSqlJs({ locateFile: () => wasmUrl }).then((SQL) => new SqlEngine(SQL)));

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<Request>) => {
	const request = event.data;
	try {
		const sql = await getEngine();
		post({ kind: 'started', id: request.id });
		post({ kind: 'response', ...answer(sql, request) } as WorkerMessage);
	} catch (error) {
		// Only runner failures land here (wasm failed to load, a dataset that does not load).
		post({ kind: 'response', id: request.id, ok: false, error: { name: (error as Error).name ?? 'Error', message: String((error as Error).message ?? error) } });
	}
};

function answer(sql: SqlEngine, request: Request): Response {
	switch (request.type) {
		case 'sql-warm':
			return { id: request.id, type: request.type, ok: true, result: { elapsedMs: 0 } };
		case 'sql-load-dataset':
			return { id: request.id, type: request.type, ok: true, result: { elapsedMs: sql.loadDataset(request.datasetId, request.datasetSql) } };
		case 'sql-run':
			return { id: request.id, type: request.type, ok: true, result: sql.run(request) };
		case 'sql-schema':
			return { id: request.id, type: request.type, ok: true, result: sql.schema(request.datasetId, request.datasetSql, request.sampleRows) };
		default:
			return { id: request.id, ok: false, error: { name: 'UnsupportedRequest', message: `the SQL worker does not handle "${request.type}"` } };
	}
}
