// Splits PostgreSQL text into statements the way the server's lexer sees them, so each can run on
// its own (the run reports which one failed and on which line) and transaction control can be
// refused before anything runs. Pure.

export interface Statement {
	/** The statement's text, without the terminating semicolon. */
	text: string;
	/** Offset of `text` in the whole source. */
	start: number;
}

const WORD = /[A-Za-z_][A-Za-z0-9_$]*/y;
const DOLLAR_TAG = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/y;

/**
 * Example: splitStatements("SELECT ';'; -- done\nSELECT 2") → [{ text: "SELECT ';'", start: 0 }, { text: ' -- done\nSELECT 2', start: 11 }].
 * Handles '…' (with '' and E'\'' escapes), "…", $tag$…$tag$, -- and nested block comments, and the
 * semicolons inside a `BEGIN ATOMIC … END` function body. Statements of only blanks and comments are dropped.
 */
export function splitStatements(sql: string): Statement[] {
	const statements: Statement[] = [];
	let start = 0;
	let atomicDepth = 0;
	let i = 0;
	const push = (end: number) => {
		const text = sql.slice(start, end);
		if (hasCode(text)) statements.push({ text, start });
	};
	while (i < sql.length) {
		const c = sql[i];
		if (c === '-' && sql[i + 1] === '-') {
			const newline = sql.indexOf('\n', i);
			i = newline === -1 ? sql.length : newline + 1;
		} else if (c === '/' && sql[i + 1] === '*') {
			i = skipBlockComment(sql, i);
		} else if (c === "'") {
			const escapes = i > 0 && /[eE]/.test(sql[i - 1]) && !/[A-Za-z0-9_]/.test(sql[i - 2] ?? '');
			i = skipQuoted(sql, i, "'", escapes);
		} else if (c === '"') {
			i = skipQuoted(sql, i, '"', false);
		} else if (c === '$' && !/[A-Za-z0-9_]/.test(sql[i - 1] ?? '')) {
			DOLLAR_TAG.lastIndex = i;
			const tag = DOLLAR_TAG.exec(sql);
			if (tag) {
				const close = sql.indexOf(tag[0], i + tag[0].length);
				i = close === -1 ? sql.length : close + tag[0].length;
			} else i++;
		} else if (/[A-Za-z_]/.test(c) && !/[A-Za-z0-9_$]/.test(sql[i - 1] ?? '')) {
			WORD.lastIndex = i;
			const word = WORD.exec(sql)![0].toUpperCase();
			if (word === 'ATOMIC' && previousWord(sql, i) === 'BEGIN') atomicDepth++;
			else if (atomicDepth > 0 && word === 'CASE') atomicDepth++;
			else if (atomicDepth > 0 && word === 'END') atomicDepth--;
			i += word.length;
		} else if (c === ';' && atomicDepth === 0) {
			push(i);
			start = i + 1;
			i++;
		} else i++;
	}
	push(sql.length);
	return statements;
}

function skipBlockComment(sql: string, from: number): number {
	let depth = 0;
	let i = from;
	while (i < sql.length) {
		if (sql[i] === '/' && sql[i + 1] === '*') {
			depth++;
			i += 2;
		} else if (sql[i] === '*' && sql[i + 1] === '/') {
			depth--;
			i += 2;
			if (depth === 0) return i;
		} else i++;
	}
	return sql.length;
}

function skipQuoted(sql: string, from: number, quote: string, backslashEscapes: boolean): number {
	let i = from + 1;
	while (i < sql.length) {
		if (backslashEscapes && sql[i] === '\\') i += 2;
		else if (sql[i] === quote) {
			if (sql[i + 1] === quote) i += 2;
			else return i + 1;
		} else i++;
	}
	return sql.length;
}

function previousWord(sql: string, before: number): string {
	const match = /([A-Za-z_][A-Za-z0-9_]*)\s*$/.exec(sql.slice(Math.max(0, before - 40), before));
	return match ? match[1].toUpperCase() : '';
}

/** True when the text holds more than blanks and comments. */
function hasCode(text: string): boolean {
	return stripComments(text).trim().length > 0;
}

function stripComments(text: string): string {
	return text.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

/** The first `n` words of a statement, upper-cased, after any comments. */
export function leadingWords(text: string, n: number): string[] {
	const words = stripComments(text).trim().match(/^([A-Za-z_]+\s*){1,8}/)?.[0] ?? '';
	return words.toUpperCase().split(/\s+/).filter(Boolean).slice(0, n);
}

/**
 * The keyword of a statement that would end or nest the transaction every run happens in
 * (BEGIN, COMMIT, ROLLBACK …), or null. SAVEPOINT, RELEASE and ROLLBACK TO stay inside it and are allowed.
 */
export function transactionControl(text: string): string | null {
	const [first, second] = leadingWords(text, 2);
	switch (first) {
		case 'BEGIN':
		case 'START':
		case 'COMMIT':
		case 'END':
		case 'ABORT':
			return first;
		case 'ROLLBACK':
			return second === 'TO' ? null : first;
		case 'PREPARE':
			return second === 'TRANSACTION' ? 'PREPARE TRANSACTION' : null;
		default:
			return null;
	}
}

/** The 1-based line of an offset into `text`. */
export function lineAt(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < Math.min(offset, text.length); i++) if (text[i] === '\n') line++;
	return line;
}
