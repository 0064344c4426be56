// Phone keyboards type “smart” quotes, which no SQL or Python parser accepts.

const SINGLE = /[\u2018\u2019\u201A\u201B\u2032\u00B4]/g;
const DOUBLE = /[\u201C\u201D\u201E\u201F\u2033]/g;

/** Turns curly quotes back into plain ones before code runs: `‘a’` → `'a'`, `“b”` → `"b"`. */
export function straightenQuotes(code: string): string {
	return code.replace(SINGLE, "'").replace(DOUBLE, '"');
}
