// What PostgreSQL adds to the built app: its files in the precache (wasm, file-system bundle,
// initdb, the datasets' snapshot), and a SQL drill with its dataset's script for the timings.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Item, SqlItem } from '../../src/lib/model/index.ts';

export interface PostgresAssets {
	files: { name: string; bytes: number }[];
	bytes: number;
	gzipBytes: number;
	drillId: string;
	datasetScript: string;
}

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true });
	const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])));
	return nested.flat();
}

export async function postgresAssets(root = 'build'): Promise<PostgresAssets> {
	const all = await walk(root);
	const ours = all.filter((path) => /\/(pglite|initdb)[^/]*\.(wasm|data)$|\/pglite\/datasets\.[^/]+\.tgz$/.test(path));
	const files = await Promise.all(ours.map(async (path) => ({ name: path.split('/').pop()!, body: await readFile(path) })));
	// The build ships the items in slices (JSON arrays) and each dataset's script as its own file.
	const sliceIndex = (path: string) => Number(/\.(\d+)\.json$/.exec(path)?.[1]);
	const slices = all.filter((path) => /\/content\/items\.[^/]+\.\d+\.json$/.test(path)).sort((a, b) => sliceIndex(a) - sliceIndex(b));
	if (slices.length === 0) throw new Error('build/ has no content slices: run npm run build first');
	const items = (await Promise.all(slices.map(async (path) => JSON.parse(await readFile(path, 'utf8')) as Item[]))).flat();
	const drill = items.find((item): item is SqlItem => item.kind === 'sql')!;
	const scriptPath = all.find((path) => path.includes(`/content/datasets/${drill.dataset}.postgres.`) && path.endsWith('.sql'));
	if (!scriptPath) throw new Error(`build/ has no PostgreSQL script for dataset ${drill.dataset}`);
	return {
		files: files.map((f) => ({ name: f.name, bytes: f.body.length })),
		bytes: files.reduce((sum, f) => sum + f.body.length, 0),
		gzipBytes: files.reduce((sum, f) => sum + gzipSync(f.body).length, 0),
		drillId: drill.id,
		datasetScript: await readFile(scriptPath, 'utf8')
	};
}
