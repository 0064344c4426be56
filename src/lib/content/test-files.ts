// Test helper: the valid fixture set as in-memory files, to break one thing at a time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from './compile.ts';

export const VALID_ROOT = 'tests/fixtures/content/valid';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		return statSync(full).isDirectory() ? walk(full) : [full];
	});
}

/** The valid fixture files with paths rewritten to `content/...`, as the real tree has them. */
export function validFiles(): SourceFile[] {
	return walk(VALID_ROOT).map((full) => ({
		path: `content/${path.relative(VALID_ROOT, full).split(path.sep).join('/')}`,
		text: readFileSync(full, 'utf8')
	}));
}

/** The valid set with `path` replaced (or added) by `text`; `null` removes it. */
export function withFile(path: string, text: string | null, files = validFiles()): SourceFile[] {
	const rest = files.filter((f) => f.path !== path);
	return text === null ? rest : [...rest, { path, text }];
}

/** The valid set with one file's text edited. */
export function editFile(path: string, edit: (text: string) => string, files = validFiles()): SourceFile[] {
	const file = files.find((f) => f.path === path);
	if (!file) throw new Error(`no fixture file ${path}`);
	return withFile(path, edit(file.text), files);
}
