// Where in the user's code a SQL error happened, from what each engine tells us. PostgreSQL gives a
// character position, which the runner already turned into the failing token's line. sql.js gives
// only the statement (the runner reports the line that statement starts on), but its messages name
// the offending token or identifier; finding that in the failing statement gives the exact line.
// Pure.

export interface ReportedError {
	message: string;
	/** The line the runner reported: PostgreSQL's exact line, or where the failing statement starts. */
	line?: number | null;
}

export interface ErrorLocation {
	/** 1-based line, or null when the engine gave nothing to go on. */
	line: number | null;
	/** True when the line is the failing token's; false when it is only where the statement starts. */
	exact: boolean;
}

/**
 * The quoted or named token an engine's message points at, for both engines' wording:
 * sql.js `near "FORM": syntax error`, `no such column: amout`; PostgreSQL
 * `syntax error at or near "FORM"`, `column "amout" does not exist`.
 */
const TOKEN_PATTERNS: RegExp[] = [
	/near "([^"]+)"/i,
	/no such (?:column|table|function): ([\w.]+)/i,
	/ambiguous column name: ([\w.]+)/i,
	/(?:column|relation|function) "?([\w.]+)"? does not exist/i,
	/function ([\w.]+)\([^)]*\) does not exist/i,
	/column reference "([^"]+)" is ambiguous/i
];

export function tokenOf(message: string): string | null {
	for (const pattern of TOKEN_PATTERNS) {
		const match = pattern.exec(message);
		if (match) return match[1];
	}
	return null;
}

/** Offset of the start of 1-based `line` in `text`. */
function lineStart(text: string, line: number): number {
	let offset = 0;
	for (let current = 1; current < line; current++) {
		const next = text.indexOf('\n', offset);
		if (next === -1) return text.length;
		offset = next + 1;
	}
	return offset;
}

function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (text[i] === '\n') line++;
	return line;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Example: locateSqlError('SELECT id\nFORM t', { message: 'near "t": syntax error', line: 1 })
 * → { line: 2, exact: true }.
 */
export function locateSqlError(code: string, error: ReportedError): ErrorLocation {
	const reported = error.line ?? null;
	if (reported === null) return { line: null, exact: false };
	const token = tokenOf(error.message);
	if (!token) return { line: reported, exact: false };
	// A table-qualified name may be written with or without its table (`c.amout` or `amout`).
	const bare = token.includes('.') ? token.slice(token.lastIndexOf('.') + 1) : token;
	const word = /^\w+$/.test(bare) ? `\\b${escapeRegExp(bare)}\\b` : escapeRegExp(bare);
	const found = new RegExp(word, 'i').exec(code.slice(lineStart(code, reported)));
	if (!found) return { line: reported, exact: false };
	return { line: lineOf(code, lineStart(code, reported) + found.index), exact: true };
}

/** The words before an error message: "Line 3: …", "In the statement starting on line 3: …", or a plain note that no line is known. */
export function errorLead(location: ErrorLocation): string {
	if (location.line === null) return 'No line is known for this error: ';
	return location.exact ? `Line ${location.line}: ` : `In the statement starting on line ${location.line}: `;
}
