/// <reference lib="webworker" />
// The PostgreSQL worker: PGlite started from the datasets' snapshot, with its wasm and file-system
// bundle served from our own origin (precached), one PgEngine for the worker's life. PGlite cannot
// interrupt a running statement (statement_timeout does not fire), so the client terminates and
// replaces this worker when a query runs past its deadline.

import { PGlite } from '@electric-sql/pglite';
import wasmUrl from '@electric-sql/pglite/pglite.wasm?url';
import dataUrl from '@electric-sql/pglite/pglite.data?url';
import type { LoadProgress, PgConfig, Request, Response as Reply, WorkerMessage } from '../protocol';
import { PgEngine } from './pg-engine';

declare const self: DedicatedWorkerGlobalScope;

let config: PgConfig | null = null;
let engine: Promise<PgEngine> | null = null;

const post = (message: WorkerMessage) => self.postMessage(message);

function progress(stage: LoadProgress['stage'], fraction: number, start: number): void {
	post({ kind: 'progress', progress: { stage, fraction, elapsedMs: performance.now() - start } });
}

async function fetchOk(url: string): Promise<globalThis.Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} could not be loaded (${response.status})`);
	return response;
}

async function start(): Promise<PgEngine> {
	if (!config) throw new Error('the PostgreSQL worker got a request before its configuration');
	const begun = performance.now();
	progress('runtime', 0, begun);
	// The three downloads overlap; compiling the wasm while it streams saves most of a second.
	const [pgliteWasmModule, fsBundle, snapshot] = await Promise.all([
		WebAssembly.compileStreaming(fetchOk(wasmUrl)),
		fetchOk(dataUrl).then((r) => r.blob()),
		config.snapshotUrl ? fetchOk(config.snapshotUrl).then((r) => r.blob()) : Promise.resolve(null)
	]);
	progress('data', 0.6, begun);
	// Without a snapshot (a development server that failed to build one) PGlite runs initdb and
	// each dataset loads on first use: slower, same results.
	const db = await PGlite.create({ pgliteWasmModule, fsBundle, ...(snapshot ? { loadDataDir: snapshot } : {}), relaxedDurability: true });
	const opened = await PgEngine.open(db);
	progress('ready', 1, begun);
	return opened;
}

self.onmessage = async (event: MessageEvent<Request | PgConfig>) => {
	const message = event.data;
	if (message.type === 'pg-config') {
		config = message;
		return;
	}
	try {
		const pg = await (engine ??= start());
		post({ kind: 'started', id: message.id });
		post({ kind: 'response', ...(await answer(pg, message)) } as WorkerMessage);
	} catch (error) {
		// Only runner failures land here (PGlite failed to start, a dataset that does not load).
		if (engine && !(await engine.then(() => true, () => false))) engine = null;
		post({ kind: 'response', id: message.id, ok: false, error: { name: (error as Error).name ?? 'Error', message: String((error as Error).message ?? error) } });
	}
};

async function answer(pg: PgEngine, request: Request): Promise<Reply> {
	switch (request.type) {
		case 'sql-warm':
			return { id: request.id, type: request.type, ok: true, result: { elapsedMs: 0 } };
		case 'sql-load-dataset':
			return { id: request.id, type: request.type, ok: true, result: { elapsedMs: await pg.loadDataset(request.datasetId, request.datasetSql) } };
		case 'sql-run':
			return { id: request.id, type: request.type, ok: true, result: await pg.run(request) };
		case 'pg-schema-check':
			return { id: request.id, type: request.type, ok: true, result: await pg.runSchemaChecks(request.ddl, request.checks) };
		case 'sql-schema':
			return { id: request.id, type: request.type, ok: true, result: await pg.schema(request.datasetId, request.datasetSql, request.sampleRows) };
		default:
			return { id: request.id, ok: false, error: { name: 'UnsupportedRequest', message: `the PostgreSQL worker does not handle "${request.type}"` } };
	}
}
