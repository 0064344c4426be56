// Checks a draft field by field. Pure, so the editor can show problems as the user types and the
// importers can report every problem of a row at once.
import { containsPhrase, DOMAINS, type SqlValue } from '$lib/model';
import { USER_ITEM_KINDS, type ConceptDraft, type DraftProblem, type ScriptDraft, type SqlDraft, type UserItemDraft } from './types';

/** Long enough for any real card, short enough that a pasted log file is caught. */
export const MAX_TEXT = 20_000;
export const MAX_TITLE = 200;
/** The SQL runner returns at most 200 rows; a drill checks what it can show. */
export const MAX_ROWS = 200;
const DECK_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

type Report = (field: string, message: string) => void;

function requireText(value: unknown, field: string, label: string, report: Report, max = MAX_TEXT): void {
	if (typeof value !== 'string' || !value.trim()) report(field, `${label} is empty; write something here.`);
	else if (value.length > max) report(field, `${label} is too long (${value.length} characters; at most ${max}).`);
}

function checkCommon(draft: UserItemDraft, report: Report, decks: readonly string[] | undefined): void {
	if (draft.title !== undefined && (typeof draft.title !== 'string' || draft.title.length > MAX_TITLE)) {
		report('title', `The title must be text of at most ${MAX_TITLE} characters.`);
	}
	if (typeof draft.deck !== 'string' || !DECK_PATTERN.test(draft.deck)) report('deck', 'Choose a deck.');
	else if (decks && !decks.includes(draft.deck)) report('deck', `There is no deck "${draft.deck}"; choose one of the list.`);
	if (draft.topics !== undefined && (!Array.isArray(draft.topics) || draft.topics.some((t) => typeof t !== 'string'))) {
		report('topics', 'Topics must be a list of words.');
	}
	if (draft.difficulty !== undefined && ![1, 2, 3].includes(draft.difficulty)) report('difficulty', 'Difficulty must be 1, 2 or 3.');
	if (draft.domain !== undefined && !(DOMAINS as readonly string[]).includes(draft.domain)) {
		report('domain', `Domain must be one of: ${DOMAINS.join(', ')}.`);
	}
}

function checkConcept(draft: ConceptDraft, report: Report): void {
	requireText(draft.prompt, 'prompt', 'The question', report);
	requireText(draft.answer, 'answer', 'The answer', report);
}

function checkScript(draft: ScriptDraft, report: Report): void {
	requireText(draft.cue, 'cue', 'The cue', report);
	requireText(draft.script, 'script', 'The script', report);
	if (!Array.isArray(draft.mustSay)) {
		report('mustSay', 'Must-say phrases must be a list.');
		return;
	}
	checkScriptExtras(draft, report);
	if (draft.mustSay.length === 0) report('mustSay', 'Add at least one phrase that must be said.');
	draft.mustSay.forEach((phrase, i) => {
		const field = `mustSay[${i}]`;
		if (typeof phrase !== 'string' || !phrase.trim()) report(field, `Phrase ${i + 1} is empty.`);
		else if (typeof draft.script === 'string' && !containsPhrase(draft.script, phrase)) {
			report(field, `"${phrase.trim()}" does not occur in the script; a must-say phrase is words taken from it.`);
		}
	});
}

/** The optional parts a copied script carries over: synonyms, phase and notes. */
function checkScriptExtras(draft: ScriptDraft, report: Report): void {
	const { synonyms, phase, notes } = draft;
	if (synonyms !== undefined) {
		const valid =
			synonyms !== null &&
			typeof synonyms === 'object' &&
			!Array.isArray(synonyms) &&
			Object.values(synonyms).every((alternatives) => Array.isArray(alternatives) && alternatives.every((word) => typeof word === 'string'));
		if (!valid) report('synonyms', 'Synonyms must map a word to a list of words.');
	}
	if (phase !== undefined && phase !== null && !(Number.isInteger(phase) && phase >= 1 && phase <= 5)) {
		report('phase', 'The phase must be a whole number from 1 to 5, or none.');
	}
	if (notes !== undefined && (typeof notes !== 'string' || notes.length > MAX_TEXT)) {
		report('notes', `The notes must be text of at most ${MAX_TEXT} characters.`);
	}
}

function isSqlValue(value: unknown): value is SqlValue {
	return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function checkSql(draft: SqlDraft, report: Report, datasets: readonly string[] | undefined): void {
	if (typeof draft.datasetId !== 'string' || !draft.datasetId) report('datasetId', 'Choose a dataset.');
	else if (datasets && !datasets.includes(draft.datasetId)) report('datasetId', `There is no dataset "${draft.datasetId}".`);
	requireText(draft.prompt, 'prompt', 'The question', report);
	requireText(draft.solution, 'solution', 'The reference query', report);
	if (typeof draft.ordered !== 'boolean') report('ordered', 'Say whether row order matters.');
	if (draft.hints !== undefined && (!Array.isArray(draft.hints) || draft.hints.some((h) => typeof h !== 'string'))) {
		report('hints', 'Hints must be a list of lines.');
	}
	const columns = draft.expectedColumns;
	if (!Array.isArray(columns) || columns.length === 0 || columns.some((c) => typeof c !== 'string')) {
		report('expectedColumns', 'There is no expected result yet: run the reference query and keep its result.');
		return;
	}
	const rows = draft.expectedRows;
	if (!Array.isArray(rows)) {
		report('expectedRows', 'Expected rows must be a list of rows.');
		return;
	}
	if (rows.length > MAX_ROWS) report('expectedRows', `The expected result has ${rows.length} rows; a drill can check at most ${MAX_ROWS}.`);
	const bad = rows.findIndex((row) => !Array.isArray(row) || row.length !== columns.length || !row.every(isSqlValue));
	if (bad >= 0) report(`expectedRows[${bad}]`, `Row ${bad + 1} must have ${columns.length} values (text, numbers or empty).`);
}

export interface ValidateOptions {
	/** Known deck ids; when given, the deck must be one of them. */
	decks?: readonly string[];
	/** Known dataset ids; when given, a SQL drill's dataset must be one of them. */
	datasets?: readonly string[];
}

/** Every problem of the draft; empty when it can be saved. */
export function validateUserItemDraft(draft: UserItemDraft, options: ValidateOptions = {}): DraftProblem[] {
	const problems: DraftProblem[] = [];
	const report: Report = (field, message) => problems.push({ field, message });
	if (!draft || typeof draft !== 'object' || !(USER_ITEM_KINDS as readonly string[]).includes((draft as { kind?: string }).kind ?? '')) {
		return [{ field: 'kind', message: `Kind must be one of: ${USER_ITEM_KINDS.join(', ')}.` }];
	}
	checkCommon(draft, report, options.decks);
	if (draft.kind === 'concept') checkConcept(draft, report);
	else if (draft.kind === 'script') checkScript(draft, report);
	else checkSql(draft, report, options.datasets);
	return problems;
}
