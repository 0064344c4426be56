// Node only: reads content/ from disk. Never import this from app code.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentBundle, ContentMeta, ItemKind } from '../model/index.ts';
import { compileContent, type SourceFile } from './compile.ts';

const EXTENSIONS = new Set(['.md', '.sql', '.yaml']);

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(
		entries.map((entry) => {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) return walk(full);
			return Promise.resolve(entry.isFile() && EXTENSIONS.has(path.extname(entry.name)) ? [full] : []);
		})
	);
	return nested.flat();
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Reads every `.md`, `.sql` and `.yaml` file under `root` and compiles them. Paths in the bundle
 * and in error messages are relative to the working directory (the repository root), e.g.
 * `content/sql/joins-03.md`. Throws ContentError listing every problem.
 */
export async function loadContent(root = 'content'): Promise<ContentBundle> {
	const label = toPosix(path.relative(process.cwd(), path.resolve(root))) || '.';
	const files: SourceFile[] = await Promise.all(
		(await walk(root)).map(async (full) => ({
			path: `${label}/${toPosix(path.relative(root, full))}`,
			text: await readFile(full, 'utf8')
		}))
	);
	return compileContent(files, { root: label });
}

/** The hash and counts the first screen needs, without the bundle. */
export function contentMeta(bundle: ContentBundle): ContentMeta {
	const counts: Partial<Record<ItemKind, number>> = {};
	for (const item of bundle.items) counts[item.kind] = (counts[item.kind] ?? 0) + 1;
	return { hash: bundle.hash, total: bundle.items.length, counts, decks: bundle.decks, paths: bundle.paths };
}
