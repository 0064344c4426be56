// The runnable parts of a design scenario: a stakeholder query in an editor, the worked example's
// steps, and a "break it" toggle. Each runs on a fresh copy of the scenario's dataset in the SQL
// worker; user errors come back as data and are shown, never thrown.
import type { BreakIt, ScenarioQuery, SqlValue, WorkedExample } from '$lib/content/types';
import type { SqlRunResult } from '$lib/runners/protocol';
import type { Comparison } from '$lib/runners/checking';
import { straightenQuotes } from '$lib/runners/source';
import { datasetSql } from './datasets';
import { describeError } from './errors';

/** Far above any authored answer, so a check never sees a cut-off result. */
const CHECK_MAX_ROWS = 10_000;

/** Runs SQL against a fresh copy of a dataset; loads sql.js on first use. */
export async function runOnDataset(dataset: string, query: string, setupSql?: string): Promise<SqlRunResult> {
	const { runSql } = await import('$lib/runners/sql/sql-runner');
	return runSql(dataset, await datasetSql(dataset), query, { setupSql, maxRows: CHECK_MAX_ROWS });
}

export class QueryRun {
	code = $state('');
	busy = $state(false);
	result = $state.raw<SqlRunResult | null>(null);
	/** Set when the last run returned rows: how they compare with the authored expected output. */
	comparison = $state.raw<Comparison | null>(null);
	error = $state<string | null>(null);

	readonly query: ScenarioQuery;
	#dataset: string;
	#onRun: (queryId: string) => void;

	constructor(dataset: string, query: ScenarioQuery, onRun: (queryId: string) => void) {
		this.#dataset = dataset;
		this.query = query;
		this.code = query.sql;
		this.#onRun = onRun;
	}

	/** The editor holds something other than the authored query. */
	get edited(): boolean {
		return this.code.trim() !== this.query.sql.trim();
	}

	setCode(code: string): void {
		this.code = code;
	}

	reset(): void {
		this.code = this.query.sql;
	}

	async run(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.error = null;
		try {
			const [result, { compareResults }] = await Promise.all([
				runOnDataset(this.#dataset, straightenQuotes(this.code)),
				import('$lib/runners/checking')
			]);
			this.result = result;
			this.comparison = result.error ? null : compareResults(this.query.expected, result, { ordered: this.query.ordered, checkColumnNames: true });
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
	#dataset: string;

	constructor(dataset: string, example: WorkedExample) {
		this.#dataset = dataset;
		this.example = example;
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
				const result = await runOnDataset(this.#dataset, step.sql);
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
	#dataset: string;

	constructor(dataset: string, breakIt: BreakIt) {
		this.#dataset = dataset;
		this.breakIt = breakIt;
	}

	/** Runs the query with the safeguard in place (once), to show what it should return. */
	async loadIntact(): Promise<void> {
		if (this.intact || this.busy) return;
		await this.#guard(async () => {
			this.intact = await runOnDataset(this.#dataset, this.breakIt.querySql);
		});
	}

	async setBroken(broken: boolean): Promise<void> {
		this.broken = broken;
		if (!broken || this.withoutSafeguard) return;
		await this.#guard(async () => {
			const [intact, without] = await Promise.all([
				this.intact ?? runOnDataset(this.#dataset, this.breakIt.querySql),
				runOnDataset(this.#dataset, this.breakIt.querySql, this.breakIt.breakSql)
			]);
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

/** A table's first rows, for the diagram's table panel. */
export function sampleRows(dataset: string, table: string, limit = 5): Promise<SqlRunResult> {
	// Table names come from the authored model; quoting keeps them literal.
	return runOnDataset(dataset, `SELECT * FROM "${table.replaceAll('"', '""')}" LIMIT ${limit}`);
}
