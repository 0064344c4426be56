// Reads authored items straight from content/, so browser tests type the real reference answers.
import { readFileSync } from 'node:fs';

/** The fenced code block under `## <section>` of a content file. */
export function codeSection(path: string, section: string): string {
	const text = readFileSync(path, 'utf8');
	const at = text.indexOf(`## ${section}`);
	if (at < 0) throw new Error(`${path} has no "## ${section}" section`);
	const match = /```[a-z]*\n([\s\S]*?)```/.exec(text.slice(at));
	if (!match) throw new Error(`${path}: "## ${section}" has no code block`);
	return match[1];
}
