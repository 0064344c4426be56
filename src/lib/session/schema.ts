// A dataset's tables, columns and a few sample rows, read by the engine that runs the drill from its
// own catalog (so PostgreSQL shows `date` and `numeric(10,2)`, SQLite what the DDL declared), for the
// drill's schema panel and editor completion.
import type { Dialect } from '$lib/model';
import type { TableSchema } from '$lib/runners/protocol';
import { datasetSql } from './datasets';

export type { TableSchema };

const SAMPLE_ROWS = 3;
const cache = new Map<string, Promise<TableSchema[]>>();

export function loadSchema(datasetId: string, dialect: Dialect): Promise<TableSchema[]> {
	const key = `${dialect}:${datasetId}`;
	let pending = cache.get(key);
	if (!pending) {
		pending = Promise.all([import('$lib/runners/sql/sql-runner'), datasetSql(datasetId, dialect)]).then(([{ readSchema }, sql]) =>
			readSchema(dialect, datasetId, sql, SAMPLE_ROWS)
		);
		pending.catch(() => cache.delete(key));
		cache.set(key, pending);
	}
	return pending;
}

/** table → columns, for SQL completion. */
export function completionSchema(tables: readonly TableSchema[]): Record<string, string[]> {
	return Object.fromEntries(tables.map((table) => [table.name, table.columns.map((column) => column.name)]));
}
