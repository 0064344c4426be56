// What a user writes to make their own card, before it becomes an Item. The editor, the CSV import
// and the backup import all produce these; `buildUserItem` is the one way to turn them into items.
import type { Difficulty, Domain, SqlValue } from '$lib/model';

export const USER_ITEM_KINDS = ['concept', 'script', 'sql'] as const;
export type UserItemKind = (typeof USER_ITEM_KINDS)[number];

export { USER_ID_PREFIX } from '$lib/model';

interface DraftBase {
	/** Optional: when empty, the first words of the prompt (or cue) become the title. */
	title?: string;
	/** A deck id from the bundle's decks. */
	deck: string;
	topics?: string[];
	difficulty?: Difficulty;
	domain?: Domain;
}

export interface ConceptDraft extends DraftBase {
	kind: 'concept';
	/** Markdown. */
	prompt: string;
	/** Markdown. */
	answer: string;
}

export interface ScriptDraft extends DraftBase {
	kind: 'script';
	/** The moment in the interview that calls for the script (plain text). */
	cue: string;
	/** The words to say (plain text; blank lines separate paragraphs). */
	script: string;
	/** Phrases that must be said; each must occur in the script. */
	mustSay: string[];
	/** Words accepted in place of a script word when scoring a recall: canonical → alternatives. */
	synonyms?: Record<string, string[]>;
	/** The modeling framework phase (1-5) the script belongs to, or null. */
	phase?: number | null;
	/** The author's notes shown under the script (Markdown). */
	notes?: string;
}

export interface SqlDraft extends DraftBase {
	kind: 'sql';
	datasetId: string;
	/** Markdown. */
	prompt: string;
	/** The reference query the expected rows came from. */
	solution: string;
	expectedColumns: string[];
	expectedRows: SqlValue[][];
	/** Row order matters (the prompt asks for an ORDER BY). */
	ordered: boolean;
	/** Plain-text hints, shown one at a time. */
	hints?: string[];
}

export type UserItemDraft = ConceptDraft | ScriptDraft | SqlDraft;

/** One thing wrong with a draft, named by its field so the editor can show it in place. */
export interface DraftProblem {
	field: string;
	message: string;
}

export class UserItemError extends Error {
	constructor(readonly problems: DraftProblem[]) {
		super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
		this.name = 'UserItemError';
	}
}
