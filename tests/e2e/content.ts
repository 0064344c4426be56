// Reads authored items straight from content/, so browser tests type the real reference answers.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The fenced code block under `## <section>` of a content file. With a dialect, the block tagged
 * for it (```` ```sql postgres ````) when the section has one per dialect, else the shared block.
 */
export function codeSection(path: string, section: string, dialect?: 'postgres' | 'sqlite'): string {
	const text = readFileSync(path, 'utf8');
	const at = text.indexOf(`## ${section}`);
	if (at < 0) throw new Error(`${path} has no "## ${section}" section`);
	const rest = text.slice(at + section.length + 3);
	const body = rest.slice(0, rest.search(/^## /m) === -1 ? undefined : rest.search(/^## /m));
	const blocks = [...body.matchAll(/```[a-z]*(?: ([a-z]+))?\n([\s\S]*?)```/g)].map(([, tag, code]) => ({ tag, code }));
	const block = blocks.find((b) => dialect && b.tag === dialect) ?? blocks.find((b) => !b.tag) ?? blocks[0];
	if (!block) throw new Error(`${path}: "## ${section}" has no code block`);
	return block.code;
}

/** The front matter of a content file. */
export function frontMatter<T = Record<string, unknown>>(path: string): T {
	const text = readFileSync(path, 'utf8');
	const match = /^---\n([\s\S]*?)\n---/.exec(text);
	if (!match) throw new Error(`${path} has no front matter`);
	return parse(match[1]) as T;
}
