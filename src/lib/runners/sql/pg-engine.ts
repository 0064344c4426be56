// The PostgreSQL execution core on PGlite, shared by the browser worker, the build's snapshot step
// and the Node content check, so all three run queries with the same isolation and value rules.
//
// Datasets: each lives in its own schema (`ds_<id>`), so one database holds them all and a snapshot
// of it can be built once at build time. `rehearse_meta.datasets` records the script each schema was
// built from; a dataset whose script changed is rebuilt on first use.
//
// Isolation: every run is one transaction that is always rolled back. PostgreSQL DDL is
// transactional, so a DROP TABLE or a user's own CREATE leaves no trace. Statements that would end
// that transaction (BEGIN, COMMIT, ROLLBACK …) are refused before anything runs, and statements are
// sent one at a time through the extended protocol, which takes exactly one statement: nothing can
// smuggle a COMMIT past the check. Prepared statements outlive a rollback, so they are deallocated.
//
// Deadline: PGlite does not honour statement_timeout (measured: a recursive CTE ran past 120 s with
// it set to 1 s). The caller terminates the worker instead; nothing here can stop a query.

import type { PGliteInterface, Results } from '@electric-sql/pglite';
import type { SqlValue } from '../../model/index';
import type { SchemaCheck } from '../../model/index';
import type { SchemaOutcome, SchemaRunResult, SqlRunResult, SqlUserError, TableSchema } from '../protocol';
import { PG_PARSERS, toSqlValue } from './pg-values.ts';
import { lineAt, splitStatements, transactionControl, type Statement } from './statements.ts';
import { DatasetError, type SqlRunRequest } from './engine.ts';

/** Session settings every engine starts with, so output is the same on every device. */
const SESSION_SETUP = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'; SET IntervalStyle = 'postgres'; SET extra_float_digits = 0";

export const META_SCHEMA = 'rehearse_meta';
/** Where a schema drill's DDL builds its tables; created and rolled back within each run. */
const DRILL_SCHEMA = 'drill';

/** The schema a dataset lives in: `ds_` plus its id with dashes as underscores. */
export function datasetSchema(datasetId: string): string {
	return `ds_${datasetId.replaceAll('-', '_')}`;
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

export class PgEngine {
	#db: PGliteInterface;
	/** dataset id → the script its schema was built from. */
	#loaded = new Map<string, string>();

	private constructor(db: PGliteInterface) {
		this.#db = db;
	}

	/** Wraps a started PGlite: reads which datasets it already holds (a snapshot holds them all). */
	static async open(db: PGliteInterface): Promise<PgEngine> {
		const engine = new PgEngine(db);
		await db.exec(`${SESSION_SETUP}; CREATE SCHEMA IF NOT EXISTS ${META_SCHEMA}; CREATE TABLE IF NOT EXISTS ${META_SCHEMA}.datasets (id text PRIMARY KEY, script text NOT NULL)`);
		const rows = await db.query<{ id: string; script: string }>(`SELECT id, script FROM ${META_SCHEMA}.datasets`);
		for (const { id, script } of rows.rows) engine.#loaded.set(id, script);
		return engine;
	}

	/** Ids of the datasets this database holds, with their scripts. */
	get datasets(): ReadonlyMap<string, string> {
		return this.#loaded;
	}

	/** Builds a dataset's schema unless it already holds this exact script. Returns the time spent. */
	async loadDataset(datasetId: string, datasetSql: string): Promise<number> {
		if (this.#loaded.get(datasetId) === datasetSql) return 0;
		const start = performance.now();
		const schema = quoteIdent(datasetSchema(datasetId));
		try {
			await this.#db.exec(
				`BEGIN; DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}; SET LOCAL search_path TO ${schema};\n${datasetSql}\n;` +
					`INSERT INTO ${META_SCHEMA}.datasets VALUES (${quoteLiteral(datasetId)}, ${quoteLiteral(datasetSql)}) ON CONFLICT (id) DO UPDATE SET script = EXCLUDED.script; COMMIT;`
			);
		} catch (error) {
			await this.#db.exec('ROLLBACK').catch(() => undefined);
			throw new DatasetError(`dataset "${datasetId}" failed to load on PostgreSQL: ${messageOf(error)}`);
		}
		this.#loaded.set(datasetId, datasetSql);
		return performance.now() - start;
	}

	/**
	 * Runs `query` (one or more statements) against the dataset inside a transaction that is rolled
	 * back, and returns the LAST result set that has columns, capped at `maxRows`. SQL errors and
	 * refused statements are returned, not thrown.
	 */
	async run(request: SqlRunRequest): Promise<SqlRunResult> {
		await this.loadDataset(request.datasetId, request.datasetSql);
		const start = performance.now();
		const elapsed = () => performance.now() - start;
		const setup = request.setupSql ? splitStatements(request.setupSql) : [];
		const statements = splitStatements(request.query);
		const refused = refusal(request.query, statements);
		if (refused) return { error: refused, elapsedMs: elapsed() };

		await this.#db.exec(`BEGIN; SET LOCAL search_path TO ${quoteIdent(datasetSchema(request.datasetId))}`);
		try {
			for (const statement of setup) {
				const outcome = await this.#execute(statement);
				if (outcome.error) return { error: { message: `setup: ${outcome.error.message}`, statement: null, line: null }, elapsedMs: elapsed() };
			}
			let last = { columns: [] as string[], rows: [] as SqlValue[][], truncated: false, totalRows: 0 };
			for (const [index, statement] of statements.entries()) {
				const outcome = await this.#execute(statement);
				if (outcome.error) {
					const { position } = outcome.error;
					const offset = statement.start + (position > 0 ? position - 1 : leadingBlank(statement.text));
					return { error: { message: outcome.error.message, statement: index + 1, line: lineAt(request.query, offset) }, elapsedMs: elapsed() };
				}
				const { result } = outcome;
				if (result.fields.length > 0) {
					const rows = result.rows as unknown[][];
					last = {
						columns: result.fields.map((f) => f.name),
						rows: rows.slice(0, request.maxRows).map((row) => row.map(toSqlValue)),
						truncated: rows.length > request.maxRows,
						totalRows: rows.length
					};
				}
			}
			return { error: null, ...last, statements: statements.length, elapsedMs: elapsed() };
		} finally {
			await this.#db.exec('ROLLBACK; DEALLOCATE ALL');
		}
	}

	/**
	 * A schema drill: the user's DDL on an empty schema, then each check in order, each in its own
	 * savepoint so a statement that must fail does not end the run. What succeeds stays for the
	 * next check (an insert the duplicate check collides with). All of it is rolled back.
	 */
	async runSchemaChecks(ddl: string, checks: readonly SchemaCheck[]): Promise<SchemaRunResult> {
		const start = performance.now();
		const elapsed = () => performance.now() - start;
		const statements = splitStatements(ddl);
		const refused = refusal(ddl, statements);
		if (refused) return { error: refused, outcomes: [], elapsedMs: elapsed() };
		if (statements.length === 0) return { error: { message: 'Write the CREATE TABLE statements first.', statement: null, line: null }, outcomes: [], elapsedMs: elapsed() };
		await this.#db.exec(`BEGIN; CREATE SCHEMA ${DRILL_SCHEMA}; SET LOCAL search_path TO ${DRILL_SCHEMA}, public`);
		try {
			for (const [index, statement] of statements.entries()) {
				const outcome = await this.#execute(statement);
				if (outcome.error) {
					const { position } = outcome.error;
					const offset = statement.start + (position > 0 ? position - 1 : leadingBlank(statement.text));
					return { error: { message: outcome.error.message, statement: index + 1, line: lineAt(ddl, offset) }, outcomes: [], elapsedMs: elapsed() };
				}
			}
			const outcomes: SchemaOutcome[] = [];
			for (const check of checks) outcomes.push(check.kind === 'index' ? await this.#indexOutcome(check.table, check.columns) : await this.#savepointed(check.sql));
			return { error: null, outcomes, elapsedMs: elapsed() };
		} finally {
			await this.#db.exec('ROLLBACK; DEALLOCATE ALL');
		}
	}

	/**
	 * A check's statements, all or nothing: the first error undoes the check and is its outcome.
	 * Deferred constraints are fired at the end of the check: the run is never committed, so a
	 * sound `DEFERRABLE INITIALLY DEFERRED` foreign key would otherwise never say no.
	 */
	async #savepointed(sql: string): Promise<SchemaOutcome> {
		await this.#db.exec('SAVEPOINT rehearse_check');
		let result: Results | null = null;
		for (const statement of [...splitStatements(sql), { text: 'SET CONSTRAINTS ALL IMMEDIATE', start: 0 }]) {
			const outcome = await this.#execute(statement);
			if (outcome.error) {
				await this.#db.exec('ROLLBACK TO SAVEPOINT rehearse_check');
				return { kind: 'statement', ok: false, error: outcome.error.message, result: null };
			}
			if (outcome.result.fields.length) result = outcome.result;
		}
		await this.#db.exec('RELEASE SAVEPOINT rehearse_check');
		return {
			kind: 'statement',
			ok: true,
			error: null,
			result: result ? { columns: result.fields.map((f) => f.name), rows: (result.rows as unknown[][]).map((row) => row.map(toSqlValue)) } : null
		};
	}

	/**
	 * Whether an index on `table` (a primary key and a unique constraint count) leads with `columns`,
	 * in order. Each key is read as PostgreSQL prints it, so an expression such as lower(title) never
	 * passes for a column. A partial index (WHERE …) counts: it is often the right answer (claimable
	 * jobs only), and judging its predicate against the query is beyond a catalog check.
	 */
	async #indexOutcome(table: string, columns: readonly string[]): Promise<SchemaOutcome> {
		const rows = await this.#db.query<{ columns: string[]; definition: string }>(
			`SELECT array(SELECT pg_get_indexdef(i.indexrelid, n, true) FROM generate_series(1, i.indnkeyatts) AS n ORDER BY n) AS columns,
			        pg_get_indexdef(i.indexrelid) AS definition
			 FROM pg_index i WHERE i.indrelid = to_regclass($1)`,
			[table]
		);
		const found = rows.rows.some((row) => columns.every((column, i) => row.columns[i] === column));
		return { kind: 'index', found, indexes: rows.rows.map((row) => row.definition.replaceAll(`${DRILL_SCHEMA}.`, '')) };
	}

	/** The dataset's tables from PostgreSQL's catalog, with the type names PostgreSQL uses, and a few sample rows. */
	async schema(datasetId: string, datasetSql: string, sampleRows: number): Promise<TableSchema[]> {
		await this.loadDataset(datasetId, datasetSql);
		const schema = datasetSchema(datasetId);
		const columns = await this.#db.query<{ table_name: string; column_name: string; type: string; primary_key: boolean }>(
			`SELECT c.table_name, c.column_name, format_type(a.atttypid, a.atttypmod) AS type,
			        EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = a.attrelid AND i.indisprimary AND a.attnum = ANY (i.indkey)) AS primary_key
			 FROM information_schema.columns c
			 JOIN pg_attribute a ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
			 WHERE c.table_schema = $1
			 ORDER BY c.table_name, c.ordinal_position`,
			[schema]
		);
		const tables = new Map<string, TableSchema>();
		for (const row of columns.rows) {
			const table = tables.get(row.table_name) ?? { name: row.table_name, columns: [], sample: { columns: [], rows: [] }, rowCount: 0 };
			table.columns.push({ name: row.column_name, type: row.type, primaryKey: row.primary_key });
			tables.set(row.table_name, table);
		}
		for (const table of tables.values()) {
			const from = `${quoteIdent(schema)}.${quoteIdent(table.name)}`;
			const sample = await this.#db.query(`SELECT * FROM ${from} LIMIT ${Math.max(0, Math.floor(sampleRows))}`, [], { rowMode: 'array', parsers: PG_PARSERS });
			table.sample = { columns: sample.fields.map((f) => f.name), rows: (sample.rows as unknown[][]).map((row) => row.map(toSqlValue)) };
			const count = await this.#db.query<[number]>(`SELECT count(*) FROM ${from}`, [], { rowMode: 'array', parsers: PG_PARSERS });
			table.rowCount = Number(count.rows[0]?.[0] ?? 0);
		}
		return [...tables.values()];
	}

	async #execute(statement: Statement): Promise<{ error: null; result: Results } | { error: { message: string; position: number } }> {
		try {
			return { error: null, result: await this.#db.query(statement.text, [], { rowMode: 'array', parsers: PG_PARSERS }) };
		} catch (error) {
			return { error: describePgError(error) };
		}
	}
}

/** Why a query is refused before it runs, or null. */
function refusal(query: string, statements: Statement[]): SqlUserError | null {
	for (const [index, statement] of statements.entries()) {
		const keyword = transactionControl(statement.text);
		if (!keyword) continue;
		return {
			message: `${keyword} is not needed here: every run is its own transaction, rolled back afterwards so the next run starts from the same data. Remove the ${keyword} statement.`,
			statement: index + 1,
			line: lineAt(query, statement.start + leadingBlank(statement.text))
		};
	}
	return null;
}

function leadingBlank(text: string): number {
	return text.length - text.trimStart().length;
}

/** PostgreSQL's message with its detail and hint, which often say exactly what to fix. */
export function describePgError(error: unknown): { message: string; position: number } {
	const e = error as { message?: string; detail?: string; hint?: string; position?: string };
	const parts = [messageOf(error), e.detail, e.hint && `Hint: ${e.hint}`].filter(Boolean);
	return { message: parts.join(' '), position: Number(e.position ?? 0) || 0 };
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
