// Where each card field, the guid and the tags sit in a parsed file: by the `#columns:` names (as
// Anki maps them to note fields), by `#guid column:`/`#tags column:`, or by position when there are
// no names. Also says which headers the import reads but does not use.

import type { CsvFile, CsvProblem } from './csv';

export type ImportKind = 'concept' | 'script';

export type FieldName = 'prompt' | 'answer' | 'cue' | 'script' | 'mustSay';

export const KIND_FIELDS: Record<ImportKind, { name: FieldName; label: string; required: boolean }[]> = {
	concept: [
		{ name: 'prompt', label: 'question', required: true },
		{ name: 'answer', label: 'answer', required: true }
	],
	script: [
		{ name: 'cue', label: 'cue', required: true },
		{ name: 'script', label: 'script', required: true },
		{ name: 'mustSay', label: 'must-say phrases', required: true }
	]
};

/** Column names accepted for each field, compared lower-case with spaces, `-` and `_` removed. */
const ALIASES: Record<FieldName | 'guid' | 'tags' | 'deck' | 'notetype', string[]> = {
	prompt: ['front', 'prompt', 'question', 'q'],
	answer: ['back', 'answer', 'a'],
	cue: ['cue', 'front', 'prompt'],
	script: ['script', 'back', 'answer'],
	mustSay: ['mustsay', 'keyphrases', 'phrases'],
	guid: ['guid'],
	tags: ['tags', 'tag'],
	deck: ['deck'],
	notetype: ['notetype', 'notetypename']
};

const normName = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '');

export interface ColumnMap {
	fields: Partial<Record<FieldName, number>>;
	guid: number | null;
	tags: number | null;
	width: number | null;
}

export interface ColumnMapping {
	/** Null when the file cannot be imported as this kind (the problem says why). */
	map: ColumnMap | null;
	problems: CsvProblem[];
	notices: string[];
}

/** Where each field, the guid and the tags are, or null (with a problem) when a field has no column. */
export function mapColumns(file: CsvFile, kind: ImportKind): ColumnMapping {
	const problems: CsvProblem[] = [];
	const notices: string[] = [];
	const { header } = file;
	const fieldSpecs = KIND_FIELDS[kind];
	const columns = header.columns;
	const fromHeader = (n: number | null) => (n === null ? null : n - 1);
	const findNamed = (names: string[]) => {
		if (!columns) return null;
		const at = columns.findIndex((column) => names.includes(normName(column)));
		return at < 0 ? null : at;
	};
	const guid = fromHeader(header.guidColumn) ?? findNamed(ALIASES.guid);
	const tagsNamed = fromHeader(header.tagsColumn) ?? findNamed(ALIASES.tags);
	const ignored = [fromHeader(header.deckColumn) ?? findNamed(ALIASES.deck), fromHeader(header.notetypeColumn) ?? findNamed(ALIASES.notetype)];
	const meta = new Set([guid, tagsNamed, ...ignored].filter((n): n is number => n !== null));
	const fields: ColumnMap['fields'] = {};

	if (columns) {
		for (const spec of fieldSpecs) {
			const at = columns.findIndex((column, i) => !meta.has(i) && !Object.values(fields).includes(i) && ALIASES[spec.name].includes(normName(column)));
			if (at >= 0) fields[spec.name] = at;
		}
		const missing = fieldSpecs.filter((spec) => spec.required && fields[spec.name] === undefined);
		if (missing.length) {
			const want = kind === 'concept' ? 'Front and Back (or Question and Answer)' : 'Cue, Script and Must say';
			problems.push({
				line: 0,
				message: `The #columns header has no column for the ${missing.map((s) => s.label).join(' or the ')}. For ${kind === 'concept' ? 'concept cards' : 'scripts'}, name the columns ${want}.`
			});
			return { map: null, problems, notices };
		}
		const unused = columns.filter((_, i) => !meta.has(i) && !Object.values(fields).includes(i));
		if (unused.length) notices.push(`Not imported: the ${plural(unused.length, 'column')} ${unused.map((c) => `"${c}"`).join(', ')}.`);
		return { map: { fields, guid, tags: tagsNamed, width: columns.length }, problems, notices: [...notices, ...ignoredHeaders(file)] };
	}

	// No names: fields take the first free columns in order, and the next free one holds tags.
	const width = file.records.length ? file.records[0].fields.length : 0;
	let next = 0;
	const nextFree = () => {
		while (meta.has(next)) next++;
		return next++;
	};
	for (const spec of fieldSpecs) fields[spec.name] = nextFree();
	const tags = tagsNamed ?? nextFree();
	const needed = Math.max(...Object.values(fields)) + 1;
	if (file.records.length && width < needed) {
		problems.push({
			line: file.records[0].line,
			message: `Line ${file.records[0].line}: the first row has ${width} ${plural(width, 'field')}, but ${kind === 'concept' ? 'a concept card needs 2 (question, answer)' : 'a script needs 3 (cue, script, must-say phrases)'}. Check the separator, or add a #separator: line.`
		});
		return { map: null, problems, notices };
	}
	return { map: { fields, guid, tags: tags < width ? tags : null, width }, problems, notices: ignoredHeaders(file) };
}

function ignoredHeaders(file: CsvFile): string[] {
	const notices: string[] = [];
	const { header } = file;
	const ignored = [
		header.deck !== null || header.deckColumn !== null ? 'the deck' : null,
		header.notetype !== null || header.notetypeColumn !== null ? 'the note type' : null
	].filter(Boolean);
	if (ignored.length) notices.push(`The file names ${ignored.join(' and ')}; this import uses the kind and deck chosen above instead.`);
	if (header.unknownKeys.length) notices.push(`Headers not used: ${header.unknownKeys.map((k) => `#${k}`).join(', ')}.`);
	return notices;
}

/**
 * Forgives the two raggednesses spreadsheets produce: a trailing separator (extra empty fields) and
 * a missing last column that holds no card field (tags, guid). Anything else stays ragged.
 */
export function fitToWidth(fields: string[], map: ColumnMap): string[] {
	const { width } = map;
	if (width === null || fields.length === width) return fields;
	if (fields.length > width) return fields.slice(width).every((field) => field.trim() === '') ? fields.slice(0, width) : fields;
	const fieldColumns = Object.values(map.fields);
	const missingHoldsField = fieldColumns.some((column) => column >= fields.length);
	return missingHoldsField ? fields : [...fields, ...Array<string>(width - fields.length).fill('')];
}

function plural(n: number, word: string): string {
	return n === 1 ? word : `${word}s`;
}
