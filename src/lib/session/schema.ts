// A dataset's tables, columns and a few sample rows, read from the dataset itself through the SQL
// runner, for the drill's schema panel and editor completion.
import type { ResultSet } from '$lib/content/types';
import { datasetSql } from './datasets';

export interface TableSchema {
	name: string;
	columns: { name: string; type: string; primaryKey: boolean }[];
	sample: ResultSet;
	rowCount: number;
}

const SAMPLE_ROWS = 3;
const cache = new Map<string, Promise<TableSchema[]>>();

export function loadSchema(datasetId: string): Promise<TableSchema[]> {
	let pending = cache.get(datasetId);
	if (!pending) {
		pending = readSchema(datasetId);
		pending.catch(() => cache.delete(datasetId));
		cache.set(datasetId, pending);
	}
	return pending;
}

async function readSchema(datasetId: string): Promise<TableSchema[]> {
	const { runSql } = await import('$lib/runners/sql/sql-runner');
	const sql = await datasetSql(datasetId);
	const query = async (text: string) => {
		const result = await runSql(datasetId, sql, text);
		if (result.error) throw new Error(`Reading the schema of "${datasetId}" failed: ${result.error.message}`);
		return result;
	};
	const names = await query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`);
	const tables: TableSchema[] = [];
	for (const [name] of names.rows) {
		// Table names come from the dataset itself; quoting keeps odd names safe.
		const quoted = `"${String(name).replaceAll('"', '""')}"`;
		const info = await query(`SELECT name, type, pk FROM pragma_table_info('${String(name).replaceAll("'", "''")}')`);
		const sample = await query(`SELECT * FROM ${quoted} LIMIT ${SAMPLE_ROWS}`);
		const count = await query(`SELECT COUNT(*) FROM ${quoted}`);
		tables.push({
			name: String(name),
			columns: info.rows.map(([column, type, pk]) => ({ name: String(column), type: String(type), primaryKey: Number(pk) > 0 })),
			sample: { columns: sample.columns, rows: sample.rows },
			rowCount: Number(count.rows[0]?.[0] ?? 0)
		});
	}
	return tables;
}

/** table → columns, for SQL completion. */
export function completionSchema(tables: readonly TableSchema[]): Record<string, string[]> {
	return Object.fromEntries(tables.map((table) => [table.name, table.columns.map((column) => column.name)]));
}
