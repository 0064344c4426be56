// One hands-on drill in progress: the code, Run, Check, hints and the solution, the attempts it
// stores, and the grade it suggests. Used inline in a review and at /practice/<id>.
import { loadDraft, recordAttempt, saveDraft, type RehearseDb } from '$lib/db';
import type { PythonItem, SqlItem } from '$lib/content/types';
import type { PyRunResult, SqlRunResult } from '$lib/runners/protocol';
import type { Comparison, PythonReport } from '$lib/runners/checking';
import { straightenQuotes } from '$lib/runners/source';
import { suggestGrade, type Grade } from '$lib/srs';
import { datasetSql } from './datasets';
import { now } from '$lib/clock';
import { describeError } from './errors';
import { runUserPython, runUserSql } from './run-code';

export type DrillItem = SqlItem | PythonItem;

export type CheckOutcome =
	| { kind: 'sql'; pass: boolean; comparison: Comparison }
	| { kind: 'python'; pass: boolean; report: PythonReport }
	| { kind: 'error'; pass: false; message: string };

/** Checks compare full results: far above any authored answer, so nothing is cut off. */
const CHECK_MAX_ROWS = 10_000;
const DRAFT_DELAY_MS = 400;

export class DrillSession {
	code = $state('');
	/** What is running right now, if anything. */
	busy = $state<'run' | 'check' | null>(null);
	runResult = $state.raw<SqlRunResult | PyRunResult | null>(null);
	check = $state.raw<CheckOutcome | null>(null);
	hintsShown = $state(0);
	solutionShown = $state(false);
	/** Checks so far. */
	tries = $state(0);
	/** Passed a check before seeing the solution. */
	solved = $state(false);
	error = $state<string | null>(null);

	readonly item: DrillItem;
	#db: RehearseDb;
	#startedAt: number;
	#draftTimer: ReturnType<typeof setTimeout> | null = null;
	/** Checks and time it took to solve, frozen at the first pass. */
	#solvedAt: { tries: number; hints: number; durationMs: number } | null = null;

	private constructor(db: RehearseDb, item: DrillItem, code: string) {
		this.#db = db;
		this.item = item;
		this.code = code;
		this.#startedAt = now();
	}

	/** Opens a drill with the code last typed in it, or its starter. */
	static async open(db: RehearseDb, item: DrillItem): Promise<DrillSession> {
		const draft = await loadDraft(db, item.id);
		return new DrillSession(db, item, draft ?? starterOf(item));
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
		this.error = null;
		void this.flush();
		try {
			this.runResult = this.item.kind === 'sql' ? await runUserSql(this.item.dataset, this.code) : await runUserPython(this.code);
		} catch (error) {
			this.error = describeError(error);
		} finally {
			this.busy = null;
		}
	}

	async runCheck(): Promise<void> {
		if (this.busy) return;
		this.busy = 'check';
		this.error = null;
		void this.flush();
		const code = straightenQuotes(this.code);
		try {
			const outcome = this.item.kind === 'sql' ? await checkSql(this.item, code) : await checkPython(this.item, code);
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
		this.hintsShown = Math.min(this.item.hints.length, this.hintsShown + 1);
	}

	/** Shows the reference solution; a drill solved only after this counts as not recalled. */
	showSolution(): void {
		this.solutionShown = true;
	}

	useSolution(): void {
		this.showSolution();
		this.setCode(this.item.solution);
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

async function checkSql(item: SqlItem, code: string): Promise<CheckOutcome> {
	const [{ runSql }, { compareResults }] = await Promise.all([import('$lib/runners/sql/sql-runner'), import('$lib/runners/checking')]);
	const result = await runSql(item.dataset, await datasetSql(item.dataset), code, { maxRows: CHECK_MAX_ROWS });
	if (result.error) return { kind: 'error', pass: false, message: result.error.message };
	const comparison = compareResults(item.expected, result, item);
	return { kind: 'sql', pass: comparison.pass, comparison };
}

async function checkPython(item: PythonItem, code: string): Promise<CheckOutcome> {
	const [{ testPython }, { pythonReport }] = await Promise.all([import('$lib/runners/python/python-runner'), import('$lib/runners/checking')]);
	const report = pythonReport(await testPython(code, item.tests));
	return { kind: 'python', pass: report.pass, report };
}
