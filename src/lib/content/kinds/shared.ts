import type { ResultSet, SqlValue } from '../../model/index.ts';
import { codeBlock, splitSections } from '../sections.ts';
import { describe, fieldProblem, rejectUnknownKeys, requireList, requireRecord, requireStringArray, type FieldContext } from '../fields.ts';

/** Everything a kind compiler needs besides the common fields. */
export interface KindInput {
	file: string;
	fm: FieldContext;
	body: string;
	problems: string[];
	/** Ids of the datasets under content/datasets/. */
	datasets: ReadonlySet<string>;
}

/**
 * Reads the `## Heading` sections a kind expects. Missing or empty required sections, unknown
 * ones (a typo like `## Hint`) and repeated ones are reported. Keys are lower-cased titles.
 */
export function readSections(
	input: KindInput,
	required: readonly string[],
	optional: readonly string[] = []
): Record<string, string> {
	const { file, problems } = input;
	const split = splitSections(input.body);
	const known = [...required, ...optional];
	const title = (key: string) => `## ${key[0].toUpperCase()}${key.slice(1)}`;
	if (split.intro) {
		problems.push(`${file}: text before the first section; put it under one of ${known.map(title).join(', ')}`);
	}
	for (const key of split.duplicates) problems.push(`${file}: section "${title(key)}" appears more than once`);
	const out: Record<string, string> = {};
	for (const [key, section] of split.byKey) {
		if (!known.includes(key)) {
			problems.push(`${file}: section "## ${section.title}" is not one of ${known.map(title).join(', ')}`);
		} else {
			out[key] = section.content;
		}
	}
	for (const key of required) {
		if (out[key] === undefined) problems.push(`${file}: section "${title(key)}" is missing`);
		else if (!out[key]) problems.push(`${file}: section "${title(key)}" is empty`);
	}
	return out;
}

/** The code of the fenced block in a section, checking its language when the fence names one. */
export function sectionCode(input: KindInput, section: string, markdown: string | undefined, lang: string): string {
	if (!markdown) return '';
	const block = codeBlock(markdown);
	if (!block) {
		input.problems.push(`${input.file}: section "## ${section}" must hold a \`\`\`${lang} fenced code block`);
		return '';
	}
	if (block.lang && block.lang !== lang) {
		input.problems.push(`${input.file}: section "## ${section}" code block must be \`\`\`${lang} (got \`\`\`${block.lang})`);
	}
	return block.code.trim();
}

export function requireDataset(input: KindInput, ctx: FieldContext, id: string): void {
	if (id && !input.datasets.has(id)) {
		fieldProblem(ctx, 'dataset', `names a dataset that does not exist (no content/datasets/${id}.sql)`);
	}
}

function isSqlValue(value: unknown, booleans: boolean): value is SqlValue {
	return value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || (booleans && typeof value === 'boolean');
}

/**
 * `expected: {columns: [..], rows: [[..], ..]}`; every row as wide as `columns`. Booleans only where
 * one engine checks the rows (schema drills): SQLite has none, so a SQL drill's rows are numbers.
 */
export function readResultSet(ctx: FieldContext, key: string, { booleans = false } = {}): ResultSet {
	const inner = requireRecord(ctx, key);
	if (!inner) return { columns: [], rows: [] };
	rejectUnknownKeys(inner, ['columns', 'rows']);
	const columns = requireStringArray(inner, 'columns', 1);
	const rows: SqlValue[][] = [];
	requireList(inner, 'rows').forEach((row, i) => {
		const at = `rows[${i}]`;
		if (!Array.isArray(row)) {
			fieldProblem(inner, at, `must be a list of values (got ${describe(row)})`);
			return;
		}
		if (columns.length > 0 && row.length !== columns.length) {
			fieldProblem(inner, at, `has ${row.length} values but there are ${columns.length} columns`);
		}
		row.forEach((value, j) => {
			if (!isSqlValue(value, booleans)) fieldProblem(inner, `${at}[${j}]`, `must be text, a number${booleans ? ', true, false' : ''} or null (got ${describe(value)})`);
		});
		rows.push(row.map((value) => (isSqlValue(value, booleans) ? value : null)));
	});
	return { columns, rows };
}

