// The runnable parts of a design scenario: a stakeholder query in an editor, the worked example's
// steps, and a "break it" toggle. Each runs on a fresh copy of the scenario's dataset, on the engine
// of the user's SQL dialect; user errors come back as data and are shown, never thrown.
import type { BreakIt, Dialect, ScenarioQuery, SqlValue, WorkedExample } from '$lib/model';
import { inDialect } from '$lib/content';
import type { SqlRunResult } from '$lib/runners/protocol';
import type { Comparison } from '$lib/runners/checking';
import { describeError } from './errors';
import { runUserSql } from './run-code';

/** Far above any authored answer, so a check never sees a cut-off result. */
const CHECK_MAX_ROWS = 10_000;

/** One scenario's dataset on one engine: every run of the page goes through it. */
export class ScenarioDataset {
	constructor(
		readonly datasetId: string,
		readonly dialect: Dialect
	) {}

	/** Runs SQL against a fresh copy of the dataset; starts the engine on first use. */
	run(query: string, setupSql?: string): Promise<SqlRunResult> {
		return runUserSql(this.dialect, this.datasetId, query, { setupSql, maxRows: CHECK_MAX_ROWS });
	}

	/** A table's first rows, for the diagram's table panel. */
	sampleRows(table: string, limit = 5): Promise<SqlRunResult> {
		// Table names come from the authored model; quoting keeps them literal.
		return this.run(`SELECT * FROM "${table.replaceAll('"', '""')}" LIMIT ${limit}`);
	}
}

export class QueryRun {
	code = $state('');
	busy = $state(false);
	result = $state.raw<SqlRunResult | null>(null);
	/** Set when the last run returned rows: how they compare with the authored expected output. */
	comparison = $state.raw<Comparison | null>(null);
	error = $state<string | null>(null);

	readonly query: ScenarioQuery;
	/** The authored query in the dataset's dialect. */
	readonly sql: string;
	#dataset: ScenarioDataset;
	#onRun: (queryId: string) => void;

	constructor(dataset: ScenarioDataset, query: ScenarioQuery, onRun: (queryId: string) => void) {
		this.#dataset = dataset;
		this.query = query;
		this.sql = inDialect(query.sql, query.sqlPostgres, dataset.dialect);
		this.code = this.sql;
		this.#onRun = onRun;
	}

	/** The editor holds something other than the authored query. */
	get edited(): boolean {
		return this.code.trim() !== this.sql.trim();
	}

	setCode(code: string): void {
		this.code = code;
	}

	reset(): void {
		this.code = this.sql;
	}

	async run(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.error = null;
		try {
			const [result, { compareResults }] = await Promise.all([this.#dataset.run(this.code), import('$lib/runners/checking')]);
			this.result = result;
			this.comparison = result.error
				? null
				: compareResults(this.query.expected, result, { ordered: this.query.ordered, checkColumnNames: true, dialect: this.#dataset.dialect });
			if (!result.error) this.#onRun(this.query.id);
		} catch (error) {
			this.error = describeError(error);
		} finally {
			this.busy = false;
		}
	}
}

/** A step's computed value: the single cell its SQL returned, or what went wrong. */
export type StepValue = { value: SqlValue; matches: boolean } | { error: string };

export class WorkedExampleRun {
	busy = $state(false);
	/** One entry per step once "Run the numbers" finished; null before. */
	values = $state.raw<StepValue[] | null>(null);
	error = $state<string | null>(null);

	readonly example: WorkedExample;
	#dataset: ScenarioDataset;

	constructor(dataset: ScenarioDataset, example: WorkedExample) {
		this.#dataset = dataset;
		this.example = example;
	}

	/** A step's SQL in the dataset's dialect. */
	sqlOf(step: WorkedExample['steps'][number]): string {
		return inDialect(step.sql, step.sqlPostgres, this.#dataset.dialect);
	}

	async run(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.error = null;
		try {
			const { valuesEqual, DEFAULT_TOLERANCE } = await import('$lib/runners/checking');
			const values: StepValue[] = [];
			// One at a time: the worker runs one query at once anyway, and the order reads naturally.
			for (const step of this.example.steps) {
				const result = await this.#dataset.run(this.sqlOf(step));
				if (result.error) values.push({ error: result.error.message });
				else {
					const value = result.rows[0]?.[0] ?? null;
					values.push({ value, matches: valuesEqual(step.value, value, DEFAULT_TOLERANCE) });
				}
			}
			this.values = values;
		} catch (error) {
			this.error = describeError(error);
		} finally {
			this.busy = false;
		}
	}
}

export class BreakItRun {
	/** The safeguard is removed. */
	broken = $state(false);
	busy = $state(false);
	intact = $state.raw<SqlRunResult | null>(null);
	withoutSafeguard = $state.raw<SqlRunResult | null>(null);
	error = $state<string | null>(null);

	readonly breakIt: BreakIt;
	/** The query and the statements that remove the safeguard, in the dataset's dialect. */
	readonly querySql: string;
	readonly breakSql: string;
	#dataset: ScenarioDataset;

	constructor(dataset: ScenarioDataset, breakIt: BreakIt) {
		this.#dataset = dataset;
		this.breakIt = breakIt;
		this.querySql = inDialect(breakIt.querySql, breakIt.querySqlPostgres, dataset.dialect);
		this.breakSql = inDialect(breakIt.breakSql, breakIt.breakSqlPostgres, dataset.dialect);
	}

	/** Runs the query with the safeguard in place (once), to show what it should return. */
	async loadIntact(): Promise<void> {
		if (this.intact || this.busy) return;
		await this.#guard(async () => {
			this.intact = await this.#dataset.run(this.querySql);
		});
	}

	async setBroken(broken: boolean): Promise<void> {
		this.broken = broken;
		if (!broken || this.withoutSafeguard) return;
		await this.#guard(async () => {
			const [intact, without] = await Promise.all([this.intact ?? this.#dataset.run(this.querySql), this.#dataset.run(this.querySql, this.breakSql)]);
			this.intact = intact;
			this.withoutSafeguard = without;
		});
	}

	async #guard(body: () => Promise<void>): Promise<void> {
		this.busy = true;
		this.error = null;
		try {
			await body();
		} catch (error) {
			this.error = describeError(error);
		} finally {
			this.busy = false;
		}
	}
}
