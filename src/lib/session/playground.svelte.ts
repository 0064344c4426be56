// Free SQL against any dataset on either engine, and free Python, with the drills' runners. The
// code typed is kept like a drill's draft, under playground keys.
import { loadDraft, saveDraft, type RehearseDb } from '$lib/db';
import type { Dialect } from '$lib/model';
import type { DialectHint } from '$lib/runners/checking';
import type { PyRunResult, SqlRunResult } from '$lib/runners/protocol';
import { datasets } from './datasets';
import { runUserPython, runUserSql } from './run-code';
import { now } from '$lib/clock';
import { describeError } from './errors';

export type PlaygroundLanguage = 'sql' | 'python';

const draftKey = (language: PlaygroundLanguage) => `playground:${language}`;

export class Playground {
	language = $state<PlaygroundLanguage>('sql');
	dataset = $state(datasets[0]?.id ?? '');
	/** The engine SQL runs on; starts as the user's setting. */
	dialect = $state<Dialect>('postgres');
	/** When the last SQL failed on the other dialect's construct: what to write instead. */
	lens = $state.raw<DialectHint[]>([]);
	sql = $state('');
	python = $state('print("hello from Pyodide")\n');
	busy = $state(false);
	sqlResult = $state.raw<SqlRunResult | null>(null);
	pythonResult = $state.raw<PyRunResult | null>(null);
	error = $state<string | null>(null);
	#db: RehearseDb;

	constructor(db: RehearseDb, dialect: Dialect) {
		this.#db = db;
		this.dialect = dialect;
	}

	setDialect(dialect: Dialect): void {
		if (this.busy) return;
		this.dialect = dialect;
		this.sqlResult = null;
		this.lens = [];
	}

	async restore(): Promise<void> {
		this.sql = (await loadDraft(this.#db, draftKey('sql'))) ?? '';
		this.python = (await loadDraft(this.#db, draftKey('python'))) ?? this.python;
	}

	setCode(code: string): void {
		if (this.language === 'sql') this.sql = code;
		else this.python = code;
	}

	async run(): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.error = null;
		this.lens = [];
		const language = this.language;
		const code = language === 'sql' ? this.sql : this.python;
		try {
			await saveDraft(this.#db, { itemId: draftKey(language), code, savedAt: now() });
			if (language === 'sql') {
				const dialect = this.dialect;
				this.sqlResult = await runUserSql(dialect, this.dataset, code);
				if (this.sqlResult.error) {
					const { dialectLens } = await import('$lib/runners/checking');
					this.lens = dialectLens(code, this.sqlResult.error.message, dialect);
				}
			} else this.pythonResult = await runUserPython(code);
		} catch (error) {
			this.error = describeError(error);
		} finally {
			this.busy = false;
		}
	}
}
