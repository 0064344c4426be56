// A pure parser for Anki-style text files: optional `#key:value` header lines, then RFC 4180 records.
// It follows Anki's importer (rslib/src/import_export/text/csv) where that is well defined, and is
// stricter where Anki silently guesses: ragged rows and broken quotes come back as errors with the
// line they start on, so the preview can say exactly which row is wrong.

/** Separators Anki names in `#separator:`, in the order Anki tries them when it has to guess. */
export const NAMED_SEPARATORS = [
	['tab', '\t'],
	['pipe', '|'],
	['semicolon', ';'],
	['colon', ':'],
	['comma', ','],
	['space', ' ']
] as const;

export interface CsvHeader {
	/** The field separator used for the records (one character). */
	separator: string;
	/** True when `#separator:` set it; false when it was guessed from the first record. */
	separatorGiven: boolean;
	/** `#html:true|false`, or null when the file does not say. */
	html: boolean | null;
	/** Column names from `#columns:`, or null when the file has none. */
	columns: string[] | null;
	/** Tags from `#tags:` (or a first line `tags:`), added to every row. */
	tags: string[];
	/** 1-based column numbers from `#tags column:`, `#guid column:`, `#deck column:`, `#notetype column:`. */
	tagsColumn: number | null;
	guidColumn: number | null;
	deckColumn: number | null;
	notetypeColumn: number | null;
	/** `#deck:` and `#notetype:` values, kept so the caller can say it ignores them. */
	deck: string | null;
	notetype: string | null;
	/** Header keys this parser does not know, e.g. `#if matches:`; reported, never fatal. */
	unknownKeys: string[];
}

export interface CsvRecord {
	/** 1-based line of the file where the record starts (header lines count). */
	line: number;
	fields: string[];
}

export interface CsvProblem {
	line: number;
	message: string;
}

export interface CsvFile {
	header: CsvHeader;
	records: CsvRecord[];
	/** Problems that stop a part of the file from being read at all (e.g. an unclosed quote). */
	problems: CsvProblem[];
}

const BOM = '\uFEFF';

/**
 * Parses a whole text file. Never throws on bad input: what cannot be read is reported in `problems`.
 *
 * @example parseCsv('#separator:Comma\n#columns:Front,Back\n"a, b",c').records[0].fields // ['a, b', 'c']
 */
export function parseCsv(text: string): CsvFile {
	const source = text.startsWith(BOM) ? text.slice(BOM.length) : text;
	const { header, rawColumns, bodyStart, bodyLine } = readHeader(source);
	const body = source.slice(bodyStart);
	if (!header.separatorGiven) header.separator = guessSeparator(firstRecordLine(body));
	if (rawColumns !== null) {
		const parsed = readRecords(rawColumns, header.separator, 1).records[0];
		header.columns = parsed ? parsed.fields.map((name) => name.trim()) : [];
	}
	const { records, problems } = readRecords(body, header.separator, bodyLine);
	return { header, records, problems };
}

/** Reads `#key:value` lines (and Anki's legacy first line `tags:`) from the top of the file. */
function readHeader(source: string): { header: CsvHeader; rawColumns: string | null; bodyStart: number; bodyLine: number } {
	const header: CsvHeader = {
		separator: ',',
		separatorGiven: false,
		html: null,
		columns: null,
		tags: [],
		tagsColumn: null,
		guidColumn: null,
		deckColumn: null,
		notetypeColumn: null,
		deck: null,
		notetype: null,
		unknownKeys: []
	};
	let rawColumns: string | null = null;
	let at = 0;
	let line = 1;
	while (at < source.length) {
		const end = lineEnd(source, at);
		const text = source.slice(at, end.contentEnd);
		if (line === 1 && text.startsWith('tags:')) {
			header.tags = splitTags(text.slice('tags:'.length));
		} else if (text.startsWith('#')) {
			const colon = text.indexOf(':');
			// A `#` line without a colon is a comment, as in Anki.
			if (colon > 0) {
				const key = text.slice(1, colon).trim().toLowerCase();
				const value = text.slice(colon + 1);
				if (key === 'columns') rawColumns = value;
				else applyHeaderValue(header, key, value);
			}
		} else break;
		at = end.next;
		line++;
	}
	return { header, rawColumns, bodyStart: at, bodyLine: line };
}

function applyHeaderValue(header: CsvHeader, key: string, value: string): void {
	const trimmed = value.trim();
	switch (key) {
		case 'separator': {
			const separator = separatorFromValue(value);
			if (separator !== null) {
				header.separator = separator;
				header.separatorGiven = true;
			}
			return;
		}
		case 'html':
			if (/^(true|false)$/i.test(trimmed)) header.html = trimmed.toLowerCase() === 'true';
			return;
		case 'tags':
			header.tags = splitTags(value);
			return;
		case 'deck':
			header.deck = trimmed;
			return;
		case 'notetype':
			header.notetype = trimmed;
			return;
		case 'tags column':
			header.tagsColumn = columnNumber(trimmed);
			return;
		case 'guid column':
			header.guidColumn = columnNumber(trimmed);
			return;
		case 'deck column':
			header.deckColumn = columnNumber(trimmed);
			return;
		case 'notetype column':
			header.notetypeColumn = columnNumber(trimmed);
			return;
		default:
			header.unknownKeys.push(key);
	}
}

/** `Comma`, `tab`, … by name (any case), or a literal single character such as `;` or a tab. */
export function separatorFromValue(value: string): string | null {
	const name = value.trim().toLowerCase();
	const named = NAMED_SEPARATORS.find(([n]) => n === name);
	if (named) return named[1];
	// A literal separator: compare untrimmed, so `#separator: ` (a space) and `#separator:\t` work.
	const literal = value.replace(/\r$/, '');
	if ([...literal].length === 1 && literal !== '"' && literal !== '\n') return literal;
	return null;
}

function columnNumber(text: string): number | null {
	return /^[1-9]\d{0,3}$/.test(text) ? Number(text) : null;
}

function splitTags(text: string): string[] {
	return text.split(/\s+/).filter((tag) => tag.length > 0);
}

/**
 * Guesses the separator as Anki does, trying tab, pipe, semicolon, colon, comma, then space, and
 * taking the first one present. Unlike Anki (which scans the first 8 KB), only the first record's
 * line is scanned, outside quotes: a colon in a quoted answer then does not win over the commas
 * that separate the fields.
 */
export function guessSeparator(firstLine: string): string {
	const outside = firstLine.replace(/"(?:[^"]|"")*"?/g, '');
	for (const [, char] of NAMED_SEPARATORS) if (outside.includes(char)) return char;
	return NAMED_SEPARATORS[NAMED_SEPARATORS.length - 1][1];
}

/** The first line that is not empty and not a comment: the line the separator is guessed from. */
function firstRecordLine(body: string): string {
	let at = 0;
	while (at < body.length) {
		const end = lineEnd(body, at);
		const text = body.slice(at, end.contentEnd);
		if (text.trim() !== '' && !text.startsWith('#')) return text;
		at = end.next;
	}
	return '';
}

function lineEnd(text: string, from: number): { contentEnd: number; next: number } {
	const newline = text.indexOf('\n', from);
	if (newline < 0) return { contentEnd: text.length, next: text.length };
	const contentEnd = newline > from && text[newline - 1] === '\r' ? newline - 1 : newline;
	return { contentEnd, next: newline + 1 };
}

/**
 * RFC 4180 records: fields separated by `separator`, records by CRLF, LF or a lone CR; a field in
 * double quotes may hold separators, newlines and doubled quotes. As in Anki (and the csv crate it
 * uses), a record starting with `#` is a comment, empty lines are skipped, and a quote in the middle
 * of an unquoted field is an ordinary character. Text after a closing quote is kept.
 */
function readRecords(body: string, separator: string, firstLine: number): { records: CsvRecord[]; problems: CsvProblem[] } {
	const records: CsvRecord[] = [];
	const problems: CsvProblem[] = [];
	let line = firstLine;
	let at = 0;
	const length = body.length;

	while (at < length) {
		// At the start of a record: skip empty lines and comments.
		const char = body[at];
		if (char === '\n' || char === '\r') {
			at += char === '\r' && body[at + 1] === '\n' ? 2 : 1;
			line++;
			continue;
		}
		if (char === '#') {
			const end = lineEnd(body, at);
			at = end.next;
			line++;
			continue;
		}

		const startLine = line;
		const fields: string[] = [];
		let field = '';
		let inQuotes = false;
		let fieldStart = true;
		let recordDone = false;

		while (at < length && !recordDone) {
			const c = body[at];
			if (inQuotes) {
				if (c === '"') {
					if (body[at + 1] === '"') {
						field += '"';
						at += 2;
					} else {
						inQuotes = false;
						at++;
					}
				} else if (c === '\r') {
					// Newlines inside a field are stored as LF, whatever the file used.
					if (body[at + 1] !== '\n') {
						field += '\n';
						line++;
					}
					at++;
				} else {
					if (c === '\n') line++;
					field += c;
					at++;
				}
				continue;
			}
			if (c === '"' && fieldStart) {
				inQuotes = true;
				fieldStart = false;
				at++;
			} else if (c === separator) {
				fields.push(field);
				field = '';
				fieldStart = true;
				at++;
			} else if (c === '\n' || c === '\r') {
				at += c === '\r' && body[at + 1] === '\n' ? 2 : 1;
				line++;
				recordDone = true;
			} else {
				field += c;
				fieldStart = false;
				at++;
			}
		}

		if (inQuotes) {
			problems.push({
				line: startLine,
				message: `Line ${startLine}: a quoted field is never closed, so the rest of the file could not be read. Check for a missing " character.`
			});
			break;
		}
		fields.push(field);
		records.push({ line: startLine, fields });
	}
	return { records, problems };
}
