// What PostgreSQL adds to the built app: its files in the precache (wasm, file-system bundle,
// initdb, the datasets' snapshot), and a SQL drill with its dataset's script for the timings.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ContentBundle, SqlItem } from '../../src/lib/model/index.ts';

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
	const bundlePath = all.find((path) => /\/content\/bundle\.[^/]+\.json$/.test(path));
	if (!bundlePath) throw new Error('build/ has no content bundle');
	const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as ContentBundle;
	const drill = bundle.items.find((item): item is SqlItem => item.kind === 'sql')!;
	return {
		files: files.map((f) => ({ name: f.name, bytes: f.body.length })),
		bytes: files.reduce((sum, f) => sum + f.body.length, 0),
		gzipBytes: files.reduce((sum, f) => sum + gzipSync(f.body).length, 0),
		drillId: drill.id,
		datasetScript: bundle.datasets.find((d) => d.id === drill.dataset)!.postgres
	};
}
