import { parseDocument } from 'yaml';

export interface FrontMatter {
	data: Record<string, unknown>;
	body: string;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/**
 * Splits `---\nYAML\n---\nbody` into parsed front matter and the Markdown body.
 * Problems (no front matter, YAML syntax errors with their line in the file, a front matter that
 * is not a mapping) are pushed onto `problems`; the result is then null.
 */
export function splitFrontMatter(file: string, text: string, problems: string[]): FrontMatter | null {
	const src = text.replace(/^\uFEFF/, '');
	const open = OPEN.exec(src);
	if (!open) {
		problems.push(`${file}: must start with a "---" line opening the YAML front matter`);
		return null;
	}
	const rest = src.slice(open[0].length);
	const close = CLOSE.exec(rest);
	if (!close) {
		problems.push(`${file}: front matter is not closed by a "---" line`);
		return null;
	}
	const yamlText = rest.slice(0, close.index);
	const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
	const data = parseYaml(file, yamlText, problems, 1);
	if (data === undefined) return null;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		problems.push(`${file}: front matter must be a YAML mapping of fields`);
		return null;
	}
	return { data: data as Record<string, unknown>, body };
}

/**
 * Parses YAML, reporting syntax errors as `file:line: YAML error: …`. `lineOffset` is the number
 * of file lines before the YAML starts (1 for front matter, after its opening `---`).
 * Returns undefined when the YAML is invalid.
 */
export function parseYaml(file: string, text: string, problems: string[], lineOffset = 0): unknown {
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
			// The library appends its own position and a code excerpt; keep only the sentence.
			const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
			problems.push(`${file}:${line}: YAML error: ${message}`);
		}
		return undefined;
	}
	return doc.toJS();
}
