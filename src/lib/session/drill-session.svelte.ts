// One hands-on drill in progress: the code, Run, Check, hints and the solution, the attempts it
// stores, and the grade it suggests. Used inline in a review and at /practice/<id>.
import { loadDraft, recordAttempt, saveDraft, type RehearseDb } from '$lib/db';
import type { Dialect, PythonItem, SchemaItem, SqlItem, WrongAnswer } from '$lib/model';
import { hintsFor, inDialect } from '$lib/content';
import type { PyRunResult, SchemaRunResult, SqlRunResult } from '$lib/runners/protocol';
import type { Comparison, DialectHint, PythonReport, SchemaReport } from '$lib/runners/checking';
import { straightenQuotes } from '$lib/runners/source';
import { suggestGrade, type Grade } from '$lib/srs';
import { now } from '$lib/clock';
import { describeError } from './errors';
import { prewarmPostgres, prewarmSql } from './prewarm';
import { runUserPython, runUserSql } from './run-code';

export type DrillItem = SqlItem | SchemaItem | PythonItem;

/** Whether an item is solved in the drill editor (rather than revealed or drilled on its card). */
export function isDrillItem(item: { kind: string }): item is DrillItem {
	return item.kind === 'sql' || item.kind === 'schema' || item.kind === 'python';
}

/** An authored wrong answer whose result the user's query reproduced. */
export type KnownMistake = Pick<WrongAnswer, 'title' | 'whyHtml'>;

export type CheckOutcome =
	| { kind: 'sql'; pass: boolean; comparison: Comparison; mistake: KnownMistake | null }
	| { kind: 'python'; pass: boolean; report: PythonReport }
	| { kind: 'schema'; pass: boolean; report: SchemaReport }
	| { kind: 'error'; pass: false; message: string; line: number | null; lens: DialectHint[] };

/** Checks compare full results: far above any authored answer, so nothing is cut off. */
const CHECK_MAX_ROWS = 10_000;
const DRAFT_DELAY_MS = 400;

export class DrillSession {
	code = $state('');
	/** What is running right now, if anything. */
	busy = $state<'run' | 'check' | null>(null);
	runResult = $state.raw<SqlRunResult | PyRunResult | SchemaRunResult | null>(null);
	check = $state.raw<CheckOutcome | null>(null);
	hintsShown = $state(0);
	solutionShown = $state(false);
	/** Checks so far. */
	tries = $state(0);
	/** Passed a check before seeing the solution. */
	solved = $state(false);
	error = $state<string | null>(null);
	/** The engine SQL runs on; starts as the user's setting, switchable for this drill. */
	dialect = $state<Dialect>('postgres');
	/** When the last Run failed on the other dialect's construct: what to write instead. */
	runLens = $state.raw<DialectHint[]>([]);

	readonly item: DrillItem;
	#db: RehearseDb;
	#startedAt: number;
	#draftTimer: ReturnType<typeof setTimeout> | null = null;
	/** Checks and time it took to solve, frozen at the first pass. */
	#solvedAt: { tries: number; hints: number; durationMs: number } | null = null;

	private constructor(db: RehearseDb, item: DrillItem, code: string, dialect: Dialect) {
		this.#db = db;
		this.item = item;
		this.code = code;
		// DDL drills are PostgreSQL's: the checks read its catalog.
		this.dialect = item.kind === 'schema' ? 'postgres' : dialect;
		this.#startedAt = now();
		if (item.kind === 'schema') prewarmPostgres();
	}

	/** Opens a drill with the code last typed in it, or its starter; SQL on `dialect`'s engine. */
	static async open(db: RehearseDb, item: DrillItem, dialect: Dialect): Promise<DrillSession> {
		const draft = await loadDraft(db, item.id);
		return new DrillSession(db, item, draft ?? starterOf(item), dialect);
	}

	/** Switches this drill's engine; the last results were the other engine's, so they go. */
	setDialect(dialect: Dialect): void {
		if (dialect === this.dialect || this.busy || this.item.kind === 'schema') return;
		this.dialect = dialect;
		this.runResult = null;
		this.check = null;
		this.runLens = [];
		if (this.item.kind === 'sql') prewarmSql(dialect, this.item.dataset);
	}

	/** The reference solution in this drill's dialect. */
	get solution(): string {
		return this.item.kind === 'sql' ? inDialect(this.item.solution, this.item.solutionPostgres, this.dialect) : this.item.solution;
	}

	/** The hints for this drill's dialect. */
	get hints(): string[] {
		return this.item.kind === 'sql' ? hintsFor(this.item.hints, this.dialect) : this.item.hints;
	}

	/** The grade Check suggests, once the drill was checked; the user may pick another. */
	get suggestedGrade(): Grade | null {
		if (!this.tries && !this.solutionShown) return null;
		const solved = this.#solvedAt;
		return suggestGrade({
			passed: solved !== null,
			tries: solved?.tries ?? this.tries,
			hintsUsed: solved?.hints ?? this.hintsShown,
			durationMs: solved?.durationMs ?? now() - this.#startedAt,
			targetMs: this.item.targetSeconds * 1000
		});
	}

	setCode(code: string): void {
		this.code = code;
		if (this.#draftTimer) clearTimeout(this.#draftTimer);
		this.#draftTimer = setTimeout(() => void this.#saveDraft(), DRAFT_DELAY_MS);
	}

	async run(): Promise<void> {
		if (this.busy) return;
		this.busy = 'run';
		this.#clearResults();
		void this.flush();
		try {
			if (this.item.kind === 'sql') {
				const code = this.code;
				const result = await runUserSql(this.dialect, this.item.dataset, code);
				this.runResult = result;
				this.runLens = result.error ? await lensFor(code, result.error.message, this.dialect) : [];
			} else if (this.item.kind === 'schema') {
				const { checkSchema } = await import('$lib/runners/sql/sql-runner');
				this.runResult = await checkSchema(straightenQuotes(this.code), []);
			} else this.runResult = await runUserPython(this.code);
		} catch (error) {
			this.error = describeError(error);
		} finally {
			this.busy = null;
		}
	}

	async runCheck(): Promise<void> {
		if (this.busy) return;
		this.busy = 'check';
		this.#clearResults();
		void this.flush();
		const code = straightenQuotes(this.code);
		try {
			const outcome =
				this.item.kind === 'sql' ? await checkSql(this.item, code, this.dialect) : this.item.kind === 'schema' ? await checkSchemaDrill(this.item, code) : await checkPython(this.item, code);
			this.tries++;
			if (outcome.pass && !this.solutionShown && !this.#solvedAt) {
				this.#solvedAt = { tries: this.tries, hints: this.hintsShown, durationMs: now() - this.#startedAt };
				this.solved = true;
			}
			this.check = outcome;
			await recordAttempt(this.#db, {
				id: crypto.randomUUID(),
				itemId: this.item.id,
				at: now(),
				code,
				verdict: outcome.kind === 'error' ? 'error' : outcome.pass ? 'pass' : 'fail',
				durationMs: now() - this.#startedAt,
				hintsUsed: this.hintsShown,
				detail: outcome.kind === 'sql' ? { reasons: outcome.comparison.reasons.map((r) => r.code) } : null
			});
		} catch (error) {
			this.error = describeError(error);
		} finally {
			this.busy = null;
		}
	}

	showHint(): void {
		this.hintsShown = Math.min(this.hints.length, this.hintsShown + 1);
	}

	/** A new Run or Check replaces whatever the last one showed, so nothing stale stays on screen. */
	#clearResults(): void {
		this.error = null;
		this.runResult = null;
		this.check = null;
		this.runLens = [];
	}

	/** Shows the reference solution; a drill solved only after this counts as not recalled. */
	showSolution(): void {
		this.solutionShown = true;
	}

	useSolution(): void {
		this.showSolution();
		this.setCode(this.solution);
	}

	resetCode(): void {
		this.setCode(starterOf(this.item));
	}

	async #saveDraft(): Promise<void> {
		this.#draftTimer = null;
		try {
			await saveDraft(this.#db, { itemId: this.item.id, code: this.code, savedAt: now() });
		} catch (error) {
			this.error = describeError(error);
		}
	}

	/** Saves a pending draft at once (leaving the drill). */
	async flush(): Promise<void> {
		if (!this.#draftTimer) return;
		clearTimeout(this.#draftTimer);
		await this.#saveDraft();
	}
}

function starterOf(item: DrillItem): string {
	return item.kind === 'python' ? item.starter : '';
}

async function checkSql(item: SqlItem, code: string, dialect: Dialect): Promise<CheckOutcome> {
	const { compareResults } = await import('$lib/runners/checking');
	const result = await runUserSql(dialect, item.dataset, code, { maxRows: CHECK_MAX_ROWS });
	if (result.error) {
		return { kind: 'error', pass: false, message: result.error.message, line: result.error.line ?? null, lens: await lensFor(code, result.error.message, dialect) };
	}
	const comparison = compareResults(item.expected, result, { ordered: item.ordered, checkColumnNames: item.checkColumnNames, dialect });
	const mistake = comparison.pass ? null : await knownMistake(item, result, dialect);
	return { kind: 'sql', pass: comparison.pass, comparison, mistake };
}

/**
 * The authored wrong answer the user's result reproduces, if any: its explanation names the
 * mistake in the author's words. Runs the few wrong answers on the same engine (milliseconds).
 */
async function knownMistake(item: SqlItem, actual: SqlRunResult, dialect: Dialect): Promise<KnownMistake | null> {
	if (actual.error) return null;
	const { compareResults } = await import('$lib/runners/checking');
	for (const wrong of item.wrongAnswers ?? []) {
		const result = await runUserSql(dialect, item.dataset, inDialect(wrong.sql, wrong.sqlPostgres, dialect), { maxRows: CHECK_MAX_ROWS });
		if (result.error) continue;
		if (compareResults(result, actual, { ordered: item.ordered, checkColumnNames: false }).pass) return { title: wrong.title, whyHtml: wrong.whyHtml };
	}
	return null;
}

async function lensFor(code: string, message: string, dialect: Dialect): Promise<DialectHint[]> {
	const { dialectLens } = await import('$lib/runners/checking');
	return dialectLens(code, message, dialect);
}

async function checkSchemaDrill(item: SchemaItem, code: string): Promise<CheckOutcome> {
	const [{ checkSchema }, { schemaReport }] = await Promise.all([import('$lib/runners/sql/sql-runner'), import('$lib/runners/checking')]);
	const report = schemaReport(item.checks, await checkSchema(code, item.checks));
	return { kind: 'schema', pass: report.pass, report };
}

async function checkPython(item: PythonItem, code: string): Promise<CheckOutcome> {
	const [{ testPython }, { pythonReport }] = await Promise.all([import('$lib/runners/python/python-runner'), import('$lib/runners/checking')]);
	const report = pythonReport(await testPython(code, item.tests));
	return { kind: 'python', pass: report.pass, report };
}
