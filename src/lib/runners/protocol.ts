// The one message contract between the app and its runner workers. Both sides import these types,
// so a renamed field fails type-checking on both ends at once.
//
// Invariant: a user's failure (SQL error, Python exception, failing test, runaway code stopped) is
// DATA inside an `ok: true` response. `ok: false` means the runner itself broke (could not load
// sql.js or Pyodide, a bug in the harness); the client turns it into a rejected promise.

import type { SchemaCheck, SqlValue } from '../model/index';
import type { OptimiserInput } from '../srs/index';

/** A SQL result set as the runner returns it: capped for display, with the true row count. */
export interface SqlResultSet {
	columns: string[];
	rows: SqlValue[][];
	/** More rows than `maxRows` came back; only the first `maxRows` are in `rows`. */
	truncated: boolean;
	totalRows: number;
}

export type SqlRunResult =
	| (SqlResultSet & { error: null; elapsedMs: number; statements: number })
	| { error: SqlUserError; elapsedMs: number };

export interface SqlUserError {
	message: string;
	/** 1-based index of the statement that failed, when the query held several. */
	statement: number | null;
	/** 1-based line of the query where it failed (the failing token when the engine says, else the statement's start). */
	line?: number | null;
	/** The query ran past its deadline and was stopped (the runner is ready for the next one). */
	stopped?: true;
}

export interface PyError {
	/** Exception class name: `ZeroDivisionError`, `AssertionError`, `KeyboardInterrupt` … */
	type: string;
	message: string;
	/** Line in the user's code where it happened (`solution.py`), when the traceback reaches it. */
	line: number | null;
	/** That line's source text, stripped. */
	source: string | null;
}

export interface PyOutput {
	stdout: string;
	stderr: string;
	/** Output went past the cap; the text ends with a "[output truncated]" note. */
	truncated: boolean;
	/** The code was interrupted at its deadline (the UI says "Stopped after 5 s"). */
	stopped: boolean;
}

export interface PyRunResult extends PyOutput {
	error: PyError | null;
	elapsedMs: number;
}

export interface PyTestCase {
	name: string;
	passed: boolean;
	/** Why it failed: the assertion (with left/right values) or `Type: message (line n: code)`. */
	message: string | null;
}

export interface PyTestResult extends PyOutput {
	/** The user's code or the tests failed before any test could run (syntax error, top-level raise). */
	setupError: (PyError & { phase: 'solution' | 'tests' }) | null;
	tests: PyTestCase[];
	passed: number;
	total: number;
	elapsedMs: number;
}

/** One table of a dataset as the schema panel shows it, read from the engine's own catalog. */
export interface TableSchema {
	name: string;
	columns: { name: string; type: string; primaryKey: boolean }[];
	sample: { columns: string[]; rows: SqlValue[][] };
	rowCount: number;
}

/** What one hidden check of a schema drill did, before it is judged (see checking/schema-report). */
export type SchemaOutcome =
	| { kind: 'statement'; ok: boolean; error: string | null; result: { columns: string[]; rows: SqlValue[][] } | null }
	| { kind: 'index'; found: boolean; /** The table's indexes as `CREATE INDEX …` text, for the message. */ indexes: string[] };

export interface SchemaRunResult {
	/** The user's DDL failed (or was refused) before any check ran. */
	error: SqlUserError | null;
	/** One per check, in order; empty when `error` is set. */
	outcomes: SchemaOutcome[];
	elapsedMs: number;
}

/** Every call a worker answers: the request body and what a successful response carries. */
export interface Calls {
	/** Starts the engine and does nothing else (prewarm, when no dataset is involved). */
	'sql-warm': { req: Record<string, never>; res: { elapsedMs: number } };
	/** Loads (or reuses) a dataset ahead of time so the first run is fast. */
	'sql-load-dataset': { req: { datasetId: string; datasetSql: string }; res: { elapsedMs: number } };
	/** The dataset's tables, columns (with the engine's type names), keys and a few sample rows. */
	'sql-schema': { req: { datasetId: string; datasetSql: string; sampleRows: number }; res: TableSchema[] };
	/**
	 * Runs `query` on a fresh copy of the dataset (after `setupSql`, e.g. a scenario's "break it"
	 * statements). The dataset text travels with every run so a restarted worker reloads it itself.
	 */
	'sql-run': {
		req: { datasetId: string; datasetSql: string; setupSql?: string; query: string; maxRows: number };
		res: SqlRunResult;
	};
	/** Runs a schema drill on PostgreSQL: the user's DDL on an empty schema, then each hidden check. */
	'pg-schema-check': { req: { ddl: string; checks: SchemaCheck[] }; res: SchemaRunResult };
	/** Loads Pyodide if needed and does nothing else (prewarm). */
	'py-warm': { req: Record<string, never>; res: { loadMs: number } };
	'py-run': { req: { code: string; outputCap: number }; res: PyRunResult };
	'py-test': { req: { code: string; tests: string; outputCap: number }; res: PyTestResult };
	/**
	 * Fits FSRS's parameters to the packed review log (fsrs-rs in wasm). There is no user code here:
	 * a fit that fails (too few reviews a day apart, a panic in the wasm) is the runner's `ok: false`.
	 */
	'fsrs-optimise': { req: { input: OptimiserInput }; res: { weights: number[]; /** Time spent fitting, in the worker. */ ms: number } };
}

export type CallType = keyof Calls;

/** What goes to the worker. */
export type Request = {
	[K in CallType]: { id: number; type: K } & Calls[K]['req'];
}[CallType];

export type RequestOf<K extends CallType> = Extract<Request, { type: K }>;

/**
 * Sent once to a fresh Python worker before any request: where Pyodide lives (our own origin, never
 * a CDN) and, when the page is cross-origin isolated, the buffer that interrupts running code.
 */
export interface PyConfig {
	type: 'py-config';
	indexURL: string;
	interruptBuffer: SharedArrayBuffer | null;
}

/**
 * Sent once to a fresh PostgreSQL worker before any request: the data-directory snapshot to start
 * from (our own origin, precached), with every dataset already loaded.
 */
export interface PgConfig {
	type: 'pg-config';
	snapshotUrl: string | null;
}

/** Why the runner itself failed (never a user mistake). */
export interface RunnerFailure {
	name: string;
	message: string;
}

/** What comes back from the worker. */
export type Response =
	| { [K in CallType]: { id: number; type: K; ok: true; result: Calls[K]['res'] } }[CallType]
	| { id: number; ok: false; error: RunnerFailure };

/** Progress of a slow first load, for a progress indicator. */
export interface LoadProgress {
	/** Python: runtime, then stdlib. PostgreSQL: runtime, then data (the snapshot). */
	stage: 'runtime' | 'stdlib' | 'data' | 'ready';
	/** Rough share done, 0..1. */
	fraction: number;
	elapsedMs: number;
	/** Python's download, while its files arrive: bytes read so far of the files' built total. */
	download?: { loadedBytes: number; totalBytes: number };
}

/**
 * Events the worker sends besides responses. `started` marks the moment a request's user code
 * begins running: the deadline is counted from there, so loading Pyodide never eats into it.
 */
export type WorkerEvent = { kind: 'started'; id: number } | { kind: 'progress'; progress: LoadProgress };

export type WorkerMessage = ({ kind: 'response' } & Response) | WorkerEvent;
