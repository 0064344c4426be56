// The state of the own-card editor: the fields being typed, the reference query's captured result
// (SQL drills), problems named by field, and saving. The page and the form components only read it
// and call its verbs.
import type { Dialect, Difficulty, Domain, ResultSet } from '$lib/model';
import { userMessage, type RehearseDb } from '$lib/db';
import { deleteUserItem, saveUserItem, UserItemWriteError } from '$lib/db/user-items';
import { buildUserItem, MAX_ROWS, UserItemError, validateUserItemDraft, type DraftProblem, type UserItemDraft, type UserItemKind } from '$lib/user-items';
import { runUserSql } from './run-code';

/** A list typed one entry a line (must-say phrases, hints). */
function lines(text: string): string[] {
	return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

/**
 * Synonyms typed one word a line, its alternatives after a colon: "normalised: normalized, normalized".
 * A line without a colon or alternatives is left out (there is nothing to accept in its place).
 */
export function parseSynonyms(text: string): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const line of lines(text)) {
		const colon = line.indexOf(':');
		if (colon < 0) continue;
		const word = line.slice(0, colon).trim();
		const alternatives = line.slice(colon + 1).split(',').map((alt) => alt.trim()).filter(Boolean);
		if (word && alternatives.length) out[word] = [...(out[word] ?? []), ...alternatives];
	}
	return out;
}

/** The inverse of parseSynonyms, for loading a draft into the form. */
export function formatSynonyms(synonyms: Readonly<Record<string, readonly string[]>> | undefined): string {
	return Object.entries(synonyms ?? {})
		.map(([word, alternatives]) => `${word}: ${alternatives.join(', ')}`)
		.join('\n');
}

/** Our own refusals say what is wrong; storage failures get the db layer's wording. */
function messageOf(error: unknown): string {
	return error instanceof UserItemWriteError || error instanceof UserItemError ? error.message : userMessage(error);
}

export interface EditorContext {
	decks: readonly string[];
	datasets: readonly string[];
}

export class UserItemEditor {
	readonly kind: UserItemKind;
	/** Set when editing a saved item; null for a new one. */
	readonly id: string | null;
	readonly #context: EditorContext;

	title = $state('');
	deck = $state('');
	topics = $state('');
	difficulty = $state<Difficulty>(2);
	domain = $state<Domain>('general');
	/** Concept question or SQL prompt (Markdown). */
	prompt = $state('');
	answer = $state('');
	cue = $state('');
	script = $state('');
	/** One must-say phrase a line. */
	mustSay = $state('');
	/** One word a line with its accepted alternatives: "normalised: normalized". */
	synonyms = $state('');
	/** The modeling framework phase a script belongs to (1-5), or null. */
	phase = $state<number | null>(null);
	/** A script's notes (Markdown). */
	notes = $state('');
	datasetId = $state('');
	/** The engine the reference query runs on to capture the expected rows. */
	dialect = $state<Dialect>('postgres');
	solution = $state('');
	ordered = $state(false);
	/** One hint a line. */
	hints = $state('');

	/** The reference query's result, kept as the drill's expected rows. */
	expected = $state.raw<ResultSet | null>(null);
	/** The dataset and query the kept result came from, to notice when either changed since. */
	#capturedFor = $state<string | null>(null);
	running = $state(false);
	runError = $state<string | null>(null);

	/** Shown once the user tried to save, then kept live as they fix things. */
	showProblems = $state(false);
	saving = $state(false);
	saveError = $state<string | null>(null);

	constructor(kind: UserItemKind, context: EditorContext, id: string | null = null, draft?: UserItemDraft) {
		this.kind = kind;
		this.id = id;
		this.#context = context;
		const preferred = { concept: 'modeling', script: 'behavioural', sql: 'sql' }[kind];
		this.deck = context.decks.includes(preferred) ? preferred : (context.decks[0] ?? '');
		this.datasetId = context.datasets[0] ?? '';
		if (draft) this.#load(draft);
	}

	#load(draft: UserItemDraft): void {
		this.title = draft.title ?? '';
		this.deck = draft.deck;
		this.topics = (draft.topics ?? []).join(', ');
		this.difficulty = draft.difficulty ?? 2;
		this.domain = draft.domain ?? 'general';
		if (draft.kind === 'concept') {
			this.prompt = draft.prompt;
			this.answer = draft.answer;
		} else if (draft.kind === 'script') {
			this.cue = draft.cue;
			this.script = draft.script;
			this.mustSay = draft.mustSay.join('\n');
			this.synonyms = formatSynonyms(draft.synonyms);
			this.phase = draft.phase ?? null;
			this.notes = draft.notes ?? '';
		} else {
			this.datasetId = draft.datasetId;
			this.prompt = draft.prompt;
			this.solution = draft.solution;
			this.ordered = draft.ordered;
			this.hints = (draft.hints ?? []).join('\n');
			this.expected = { columns: draft.expectedColumns, rows: draft.expectedRows };
			this.#capturedFor = this.#captureKey;
		}
	}

	get #captureKey(): string {
		return `${this.datasetId}\n${this.solution.trim()}`;
	}

	/** The kept result no longer matches the dataset or query in the form. */
	get expectedStale(): boolean {
		return this.expected !== null && this.#capturedFor !== this.#captureKey;
	}

	/** The draft as typed right now. */
	get draft(): UserItemDraft {
		const common = {
			title: this.title,
			deck: this.deck,
			topics: this.topics.split(',').map((t) => t.trim()).filter(Boolean),
			difficulty: this.difficulty,
			domain: this.domain
		};
		if (this.kind === 'concept') return { ...common, kind: 'concept', prompt: this.prompt, answer: this.answer };
		if (this.kind === 'script') {
			return {
				...common,
				kind: 'script',
				cue: this.cue,
				script: this.script,
				mustSay: lines(this.mustSay),
				synonyms: parseSynonyms(this.synonyms),
				phase: this.phase,
				notes: this.notes
			};
		}
		return {
			...common,
			kind: 'sql',
			datasetId: this.datasetId,
			prompt: this.prompt,
			solution: this.solution,
			expectedColumns: this.expected?.columns ?? [],
			expectedRows: this.expected?.rows ?? [],
			ordered: this.ordered,
			hints: lines(this.hints)
		};
	}

	/** Every problem with the form, by field (empty when it can be saved). */
	get problems(): DraftProblem[] {
		const problems = validateUserItemDraft(this.draft, this.#context);
		if (this.kind === 'sql' && this.expectedStale) {
			problems.push({ field: 'expectedColumns', message: 'The query or dataset changed since its result was kept: run it again.' });
		}
		return problems;
	}

	/** The message for one field, once problems are being shown. */
	problemFor(field: string): string | null {
		if (!this.showProblems) return null;
		const found = this.problems.filter((p) => p.field === field || p.field.startsWith(`${field}[`));
		return found.length ? found.map((p) => p.message).join(' ') : null;
	}

	/** Runs the reference query and keeps its result as the expected rows. */
	async runReference(): Promise<void> {
		if (this.running) return;
		if (!this.solution.trim()) {
			this.runError = 'Write the reference query first.';
			return;
		}
		this.running = true;
		this.runError = null;
		const key = this.#captureKey;
		try {
			const result = await runUserSql(this.dialect, this.datasetId, this.solution);
			if (result.error) this.runError = result.error.message;
			else if (result.rows.some((row) => row.some((value) => typeof value === 'boolean'))) {
				// Kept rows are checked on either engine, and SQLite has no booleans.
				this.runError = 'The result has true/false values; return 1 and 0 instead (CASE WHEN … THEN 1 ELSE 0 END) so the drill checks the same on both engines.';
			}
			else if (result.truncated) this.runError = `The query returned ${result.totalRows} rows; a drill can check at most ${MAX_ROWS}. Narrow it down.`;
			else if (result.columns.length === 0) this.runError = 'The query returned no result set; the last statement must be a SELECT.';
			else {
				this.expected = { columns: result.columns, rows: result.rows };
				this.#capturedFor = key;
			}
		} catch (error) {
			// The runner itself failed (sql.js or the dataset could not load): not the query's fault.
			this.runError = `The query could not be run: ${error instanceof Error ? error.message : String(error)}`;
		} finally {
			this.running = false;
		}
	}

	/** Saves the item; returns its id, or null when something must be fixed first. */
	async save(db: RehearseDb, now: number): Promise<string | null> {
		this.showProblems = true;
		this.saveError = null;
		if (this.problems.length > 0 || this.saving) return null;
		this.saving = true;
		try {
			const item = buildUserItem(this.draft, { ...this.#context, id: this.id ?? undefined, now });
			await saveUserItem(db, item, now);
			return item.id;
		} catch (error) {
			this.saveError = messageOf(error);
			return null;
		} finally {
			this.saving = false;
		}
	}

	/** Deletes (archives) the saved item and its cards. */
	async remove(db: RehearseDb, now: number): Promise<boolean> {
		if (!this.id) return false;
		try {
			await deleteUserItem(db, this.id, now);
			return true;
		} catch (error) {
			this.saveError = messageOf(error);
			return false;
		}
	}
}
