// Turns a parsed text file into an import plan: for every row, the item it would become and whether
// that item is new, updates one of the user's items, duplicates something already there (skipped),
// or is invalid (with the reason and the line). Nothing is written here; the preview shows the plan
// and the commit writes its new and updated items in one transaction.
//
// Columns, as in Anki: named by `#columns:` (Front/Back, Prompt/Answer, Cue/Script/Must say, plus
// `guid` and `tags`), or by position (first field, second field, [must-say,] then tags). `#guid
// column:` and `#tags column:` are honoured. `#deck`, `#notetype` and their columns are read but
// ignored: the kind and the deck are chosen on the import screen.

import { cardId } from '$lib/content';
import { plainParagraphs, type Item } from '$lib/model';
import { htmlToMarkdown, looksLikeHtml } from '$lib/markdown';
import { buildUserItem, UserItemError, USER_ID_PREFIX, type UserItemDraft } from '$lib/user-items';
import { guidFor, sha1, toHex } from './anki/ids';
import { parseCsv, type CsvFile, type CsvProblem } from './csv';
import { fitToWidth, KIND_FIELDS, mapColumns, type FieldName, type ImportKind } from './csv-columns';

export type { ImportKind } from './csv-columns';
export type RowStatus = 'new' | 'updated' | 'duplicate' | 'invalid';

/** An item the new rows are compared with: the user's items and the built-in ones. */
export interface ExistingItem {
	item: Item;
	origin: 'bundle' | 'user';
}

export interface PlannedRow {
	line: number;
	status: RowStatus;
	/** The first two fields as read, for the preview table. */
	preview: [string, string];
	/** The item to write (new and updated rows only). */
	item: Item | null;
	/** Why the row is skipped or invalid. */
	reason: string | null;
}

export interface ImportPlan {
	rows: PlannedRow[];
	counts: Record<RowStatus, number>;
	/** Things the user should know about the file as a whole (ignored headers, HTML converted). */
	notices: string[];
	/** Problems that stopped part of the file from being read, or make it unusable. */
	problems: CsvProblem[];
	/** Labels of the two preview columns. */
	columnLabels: [string, string];
}

export interface PlanOptions {
	kind: ImportKind;
	deck: string;
	decks?: readonly string[];
	existing: readonly ExistingItem[];
	now: number;
}

/** Reads the file and plans every row. Async only because guids are SHA-1 based (crypto.subtle). */
export async function planCsvImport(text: string, options: PlanOptions): Promise<ImportPlan> {
	return planParsedImport(parseCsv(text), options);
}

export async function planParsedImport(file: CsvFile, options: PlanOptions): Promise<ImportPlan> {
	const { kind } = options;
	const labels: [string, string] = kind === 'concept' ? ['Question', 'Answer'] : ['Cue', 'Script'];
	const plan: ImportPlan = { rows: [], counts: { new: 0, updated: 0, duplicate: 0, invalid: 0 }, notices: [], problems: [...file.problems], columnLabels: labels };
	const { header } = file;

	const columns = mapColumns(file, kind);
	plan.problems.push(...columns.problems);
	plan.notices.push(...columns.notices);
	const { map } = columns;
	if (!map) return plan;

	const html = header.html ?? file.records.some((record) => record.fields.some(looksLikeHtml));
	if (html) {
		plan.notices.push(
			header.html === null
				? 'The fields look like HTML, so they were turned into plain text with basic formatting (bold, italics, lists, line breaks).'
				: 'The file says its fields are HTML: they were turned into plain text with basic formatting (bold, italics, lists, line breaks).'
		);
	}
	const clean = (value: string) => (html ? htmlToMarkdown(value) : value.trim());

	const index = await indexExisting(options.existing, kind);
	const seenInFile = new Map<string, number>();

	for (const record of file.records) {
		const fields = fitToWidth(record.fields, map);
		if (fields.every((field) => field.trim() === '')) continue;
		const read = (column: number | undefined | null) => (column === undefined || column === null ? '' : (fields[column] ?? ''));
		const second = clean(read(map.fields[KIND_FIELDS[kind][1].name]));
		// A script is plain text whose single line breaks join (plainParagraphs): preview it that way.
		const preview: [string, string] = [clean(read(map.fields[KIND_FIELDS[kind][0].name])), kind === 'script' ? plainParagraphs(second) : second];
		const row: PlannedRow = { line: record.line, status: 'invalid', preview, item: null, reason: null };
		plan.rows.push(row);

		if (map.width !== null && fields.length !== map.width) {
			row.reason = `Line ${record.line}: this row has ${fields.length} ${plural(fields.length, 'field')}; the file's ${header.columns ? '#columns header names' : 'first row has'} ${map.width}.`;
			continue;
		}
		const guid = read(map.guid).trim();
		const topics = [...header.tags, ...read(map.tags).split(/\s+/)].filter(Boolean);
		const draft = draftOf(kind, options.deck, topics, (name) => clean(read(map.fields[name])));

		const key = guid ? `guid:${guid}` : `text:${normText(preview[0])}`;
		const earlier = seenInFile.get(key);
		if (earlier !== undefined) {
			row.status = 'duplicate';
			row.reason = `Line ${record.line}: same ${guid ? 'guid' : labels[0].toLowerCase()} as line ${earlier}; skipped.`;
			continue;
		}
		seenInFile.set(key, record.line);

		const match = (guid ? (index.byGuid.get(guid) ?? index.byId.get(await idForGuid(guid))) : undefined) ?? index.byText.get(normText(preview[0]));
		if (match?.origin === 'bundle') {
			row.status = 'duplicate';
			row.reason = `Line ${record.line}: the app already has this card ("${match.item.title}"); skipped.`;
			continue;
		}
		const previous = match?.item;
		try {
			const id = previous?.id ?? (guid ? await idForGuid(guid) : undefined);
			const item = buildUserItem(previous ? keepFrom(previous, draft) : draft, { id, now: options.now, decks: options.decks });
			if (previous && sameContent(previous, item)) {
				row.status = 'duplicate';
				row.reason = `Line ${record.line}: you already have this card, unchanged; skipped.`;
				continue;
			}
			row.status = previous ? 'updated' : 'new';
			row.item = item;
		} catch (error) {
			if (!(error instanceof UserItemError)) throw error;
			row.reason = `Line ${record.line}: ${error.problems.map((p) => p.message).join(' ')}`;
		}
	}
	for (const row of plan.rows) plan.counts[row.status]++;
	return plan;
}

function draftOf(kind: ImportKind, deck: string, topics: string[], field: (name: FieldName) => string): UserItemDraft {
	if (kind === 'concept') return { kind, deck, topics, prompt: hardBreaks(field('prompt')), answer: hardBreaks(field('answer')) };
	return { kind, deck, topics, cue: field('cue'), script: field('script'), mustSay: splitPhrases(field('mustSay')) };
}

/**
 * A line break inside an imported field (Anki's `<br>`, or a newline in a quoted field) is a line
 * break on the card too. Markdown would join the two lines into one, so each single newline outside
 * a code fence becomes a hard break (two trailing spaces); blank lines and list items are left alone.
 *
 * @example hardBreaks('A named\nsubquery') → 'A named  \nsubquery'
 */
export function hardBreaks(markdown: string): string {
	const lines = markdown.split('\n');
	let inFence = false;
	return lines
		.map((line, i) => {
			if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
			const next = lines[i + 1];
			const joinsNext = next !== undefined && next.trim() !== '' && line.trim() !== '' && !/^\s*([-*+]|\d+[.)])\s/.test(next);
			return !inFence && joinsNext && !/^\s*(```|~~~)/.test(next) ? `${line.trimEnd()}  ` : line;
		})
		.join('\n');
}

/** Must-say phrases, one per line or separated by semicolons (the Markdown list marks go too). */
export function splitPhrases(text: string): string[] {
	return text
		.split(/\n|;/)
		.map((phrase) => phrase.replace(/^\s*[-*]\s+/, '').trim())
		.filter(Boolean);
}

/** An update keeps what the file does not carry: the deck, difficulty, domain, and title unless the text changed. */
function keepFrom(previous: Item, draft: UserItemDraft): UserItemDraft {
	const firstBefore = previous.kind === 'concept' ? previous.prompt : previous.kind === 'script' ? previous.cue : '';
	const firstNow = draft.kind === 'concept' ? draft.prompt : draft.kind === 'script' ? draft.cue : '';
	return {
		...draft,
		deck: previous.deck,
		difficulty: previous.difficulty,
		domain: previous.domain,
		topics: [...new Set([...previous.topics, ...(draft.topics ?? [])])],
		title: normText(firstBefore) === normText(firstNow) ? previous.title : undefined
	};
}

function sameContent(a: Item, b: Item): boolean {
	const pick = (item: Item) =>
		item.kind === 'concept'
			? [item.prompt, item.answer, item.topics]
			: item.kind === 'script'
				? [item.cue, item.script, item.mustSay, item.topics]
				: [item.id];
	return JSON.stringify(pick(a)) === JSON.stringify(pick(b));
}

const normText = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The id a row with this guid gets, so importing the same file twice updates instead of adding. */
export async function idForGuid(guid: string): Promise<string> {
	return /^[A-Za-z0-9_-]{1,40}$/.test(guid) ? `${USER_ID_PREFIX}g-${guid}` : `${USER_ID_PREFIX}g-${toHex(await sha1(guid)).slice(0, 20)}`;
}

interface ExistingIndex {
	byGuid: Map<string, ExistingItem>;
	byId: Map<string, ExistingItem>;
	byText: Map<string, ExistingItem>;
}

/** Existing items of the kind by their exported Anki guid, by id, and by first field. */
async function indexExisting(existing: readonly ExistingItem[], kind: ImportKind): Promise<ExistingIndex> {
	const ofKind = existing.filter((entry) => entry.item.kind === kind);
	const variant = kind === 'concept' ? 'main' : 'recall';
	const guids = await Promise.all(ofKind.map((entry) => guidFor(cardId(entry.item.id, variant))));
	const index: ExistingIndex = { byGuid: new Map(), byId: new Map(), byText: new Map() };
	ofKind.forEach((entry, i) => {
		index.byGuid.set(guids[i], entry);
		index.byId.set(entry.item.id, entry);
		const first = entry.item.kind === 'concept' ? entry.item.prompt : entry.item.kind === 'script' ? entry.item.cue : '';
		// A user's own item wins over a built-in one with the same text: that is the one to update.
		const key = normText(first);
		if (!index.byText.has(key) || entry.origin === 'user') index.byText.set(key, entry);
	});
	return index;
}

function plural(n: number, word: string): string {
	return n === 1 ? word : `${word}s`;
}
