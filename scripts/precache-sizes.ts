// Writes every built file's size into the service worker, over its placeholder, so the worker can
// say how much of the offline download is stored ("3.1 of 8.2 MB"): Workbox's precache manifest
// has no sizes. Runs after `vite build`, before compression. usage: tsx scripts/precache-sizes.ts [dir]
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PLACEHOLDER = /(["'`])__REHEARSE_PRECACHE_SIZES__\1/g;

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	return (await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])))).flat();
}

/** Size by URL path ("/_app/immutable/…js") of every file in `dir`, compressed copies left out. */
export async function builtSizes(dir: string): Promise<Record<string, number>> {
	const sizes: Record<string, number> = {};
	for (const file of await walk(dir)) {
		if (file.endsWith('.br') || file.endsWith('.gz')) continue;
		sizes[`/${relative(dir, file).split(sep).join('/')}`] = (await stat(file)).size;
	}
	return sizes;
}

/** Replaces the placeholder in `worker` with `sizes` as a JSON string literal; returns how many it replaced. */
export function injectSizes(worker: string, sizes: Record<string, number>): { source: string; replaced: number } {
	let replaced = 0;
	const literal = JSON.stringify(JSON.stringify(sizes));
	const source = worker.replace(PLACEHOLDER, () => (replaced++, literal));
	return { source, replaced };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const dir = process.argv[2] ?? 'build';
	const file = join(dir, 'service-worker.js');
	const { source, replaced } = injectSizes(await readFile(file, 'utf8'), await builtSizes(dir));
	// None means the worker changed shape (or the minifier folded it away): fail the build.
	if (replaced === 0) throw new Error(`${file}: the precache-sizes placeholder is missing`);
	await writeFile(file, source);
	console.log(`precache sizes written into ${file} (${replaced} places)`);
}
