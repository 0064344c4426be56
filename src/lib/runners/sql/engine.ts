// The SQL execution core, shared by the browser worker and the Node content check so both run
// queries with the same reset semantics and the same value conversion.
//
// Reset strategy: each dataset is loaded once into a scratch database and exported to bytes; every
// run opens a fresh `new SQL.Database(bytes)`. A SAVEPOINT/ROLLBACK would be cheaper in theory but
// is not provably safe: a user's COMMIT, ROLLBACK or VACUUM ends our transaction and their DELETE
// or DROP would leak into the next run. Opening from bytes costs well under a millisecond for our
// small datasets (measured in engine.test.ts) and cannot leak.

import type { Database, SqlJsStatic, SqlValue as SqlJsValue } from 'sql.js';
import type { SqlValue } from '../../model/index';
import type { Calls, SqlRunResult, TableSchema } from '../protocol';
import { lineAt } from './statements.ts';

export const DEFAULT_MAX_ROWS = 200;
/** Datasets kept loaded per engine; each is a few KB, the cap only bounds a long session. */
const MAX_CACHED_DATASETS = 8;

/** The dataset's own SQL failed: an authoring error, not the user's. */
export class DatasetError extends Error {
	override name = 'DatasetError';
}

export type SqlRunRequest = Calls['sql-run']['req'];

export class SqlEngine {
	#SQL: SqlJsStatic;
	/** Insertion-ordered, so the oldest entry is evicted first. */
	#datasets = new Map<string, { sql: string; bytes: Uint8Array }>();

	constructor(SQL: SqlJsStatic) {
		this.#SQL = SQL;
	}

	/** Loads a dataset unless the same text is already loaded under that id. Returns the time spent. */
	loadDataset(datasetId: string, datasetSql: string): number {
		const cached = this.#datasets.get(datasetId);
		if (cached && cached.sql === datasetSql) return 0;
		const start = performance.now();
		// One transaction makes a seed of many INSERTs ~15x faster; a dataset that manages its own
		// transactions fails that way and is loaded as written instead.
		const bytes = this.#build(datasetSql, true) ?? this.#build(datasetSql, false) ?? 'unknown error';
		if (typeof bytes === 'string') throw new DatasetError(`dataset "${datasetId}" failed to load: ${bytes}`);
		this.#datasets.delete(datasetId);
		this.#datasets.set(datasetId, { sql: datasetSql, bytes });
		while (this.#datasets.size > MAX_CACHED_DATASETS) {
			this.#datasets.delete(this.#datasets.keys().next().value!);
		}
		return performance.now() - start;
	}

	/** The database bytes, or (plain load only) the error message; null when the wrapped load failed. */
	#build(datasetSql: string, inTransaction: boolean): Uint8Array | string | null {
		const db = new this.#SQL.Database();
		try {
			db.run(inTransaction ? `BEGIN;\n${datasetSql}\n;COMMIT;` : datasetSql);
			return db.export();
		} catch (error) {
			return inTransaction ? null : messageOf(error);
		} finally {
			db.close();
		}
	}

	/**
	 * Runs `query` (one or more statements) on a fresh copy of the dataset and returns the result set
	 * of the LAST statement that produces columns, capped at `maxRows`. SQL errors are returned, not thrown.
	 */
	run(request: SqlRunRequest): SqlRunResult {
		this.loadDataset(request.datasetId, request.datasetSql);
		const start = performance.now();
		const db = new this.#SQL.Database(this.#datasets.get(request.datasetId)!.bytes);
		try {
			if (request.setupSql) {
				const setup = runStatements(db, request.setupSql, 0);
				if (setup.error) {
					return { error: { ...setup.error, message: `setup: ${setup.error.message}` }, elapsedMs: performance.now() - start };
				}
			}
			const outcome = runStatements(db, request.query, request.maxRows);
			return { ...outcome, elapsedMs: performance.now() - start } as SqlRunResult;
		} finally {
			db.close();
		}
	}

	/** The dataset's tables from SQLite's own catalog, with a few sample rows each. */
	schema(datasetId: string, datasetSql: string, sampleRows: number): TableSchema[] {
		this.loadDataset(datasetId, datasetSql);
		const db = new this.#SQL.Database(this.#datasets.get(datasetId)!.bytes);
		try {
			const rows = (sql: string) => db.exec(sql)[0]?.values ?? [];
			const names = rows(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`);
			return names.map(([name]) => {
				const table = String(name);
				const quoted = `"${table.replaceAll('"', '""')}"`;
				const sample = db.exec(`SELECT * FROM ${quoted} LIMIT ${sampleRows}`)[0];
				const columns = rows(`SELECT name, type, pk FROM pragma_table_info('${table.replaceAll("'", "''")}')`);
				return {
					name: table,
					columns: columns.map(([column, type, pk]) => ({ name: String(column), type: String(type), primaryKey: Number(pk) > 0 })),
					sample: { columns: sample?.columns ?? columns.map(([column]) => String(column)), rows: (sample?.values ?? []).map((row) => row.map(toSqlValue)) },
					rowCount: Number(rows(`SELECT COUNT(*) FROM ${quoted}`)[0]?.[0] ?? 0)
				};
			});
		} finally {
			db.close();
		}
	}
}

type Outcome =
	| { error: null; columns: string[]; rows: SqlValue[][]; truncated: boolean; totalRows: number; statements: number }
	| { error: { message: string; statement: number | null; line: number | null } };

function runStatements(db: Database, sql: string, maxRows: number): Outcome {
	let last = { columns: [] as string[], rows: [] as SqlValue[][], truncated: false, totalRows: 0 };
	let index = 0;
	/** False while the iterator parses the next statement: a parse error belongs to statement index + 1. */
	let executing = false;
	const iterator = db.iterateStatements(sql);
	/** Where the statement being parsed or run begins, for the error's line. */
	let from = 0;
	try {
		for (;;) {
			from = sql.length - iterator.getRemainingSQL().length;
			const next = iterator.next();
			if (next.done) break;
			const statement = next.value;
			index++;
			executing = true;
			try {
				const columns = statement.getColumnNames();
				const rows: SqlValue[][] = [];
				let total = 0;
				// Step through every row so totalRows is exact, keeping only what will be shown.
				while (statement.step()) {
					if (total < maxRows) rows.push(statement.get().map(toSqlValue));
					total++;
				}
				if (columns.length > 0) last = { columns, rows, truncated: total > rows.length, totalRows: total };
			} finally {
				executing = false;
				statement.free();
			}
		}
	} catch (error) {
		const start = from + (sql.slice(from).length - sql.slice(from).trimStart().length);
		return { error: { message: messageOf(error), statement: executing ? index : index + 1, line: lineAt(sql, start) } };
	}
	return { error: null, ...last, statements: index };
}

/** Blobs become hex literals so every value fits the bundle's `SqlValue` (string | number | null). */
function toSqlValue(value: SqlJsValue): SqlValue {
	if (value instanceof Uint8Array) {
		return `x'${Array.from(value, (b) => b.toString(16).padStart(2, '0')).join('')}'`;
	}
	return value;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
