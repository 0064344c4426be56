// Builds the PostgreSQL data directory the app starts from: every dataset already loaded, so a
// phone never runs initdb (2.6 s quiet, up to 12 s under load, measured) and starts from a
// snapshot instead (0.5-2 s). Node only: run by the Vite plugin at build time.

import { PGlite } from '@electric-sql/pglite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PgEngine } from './pg-engine.ts';

export interface SnapshotDataset {
	id: string;
	/** The dataset's PostgreSQL script. */
	postgres: string;
}

/** Bump when the way the snapshot is built changes, so cached snapshots are rebuilt. */
const BUILDER_VERSION = 1;

/** Names the snapshot by everything it is built from: PGlite's version, the builder and each script. */
export function snapshotKey(datasets: readonly SnapshotDataset[]): string {
	// The package exports no ./package.json; it sits one folder above the entry point.
	const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
	const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
	const hash = createHash('sha256').update(`pglite ${version}\nbuilder ${BUILDER_VERSION}\n`);
	for (const d of [...datasets].sort((a, b) => a.id.localeCompare(b.id))) hash.update(`${d.id}\n${d.postgres}\n`);
	return hash.digest('hex').slice(0, 16);
}

/**
 * A gzipped tarball of a data directory holding every dataset. Kept small (2 MB rather than 5):
 * 1 MB WAL segments instead of 16, no template databases, and a checkpoint after VACUUM FULL so
 * little WAL is left to replay.
 */
export async function buildSnapshot(datasets: readonly SnapshotDataset[]): Promise<Uint8Array> {
	const db = await PGlite.create({
		initDbStartParams: ['--wal-segsize=1'],
		postgresqlconf: ['min_wal_size = 2MB', 'max_wal_size = 4MB']
	});
	try {
		const engine = await PgEngine.open(db);
		for (const dataset of datasets) await engine.loadDataset(dataset.id, dataset.postgres);
		// Users' runs cannot create databases (they run inside a transaction), so the templates
		// are dead weight: 2 × 7 MB before compression.
		await db.exec("UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')");
		for (const statement of ['DROP DATABASE template0', 'DROP DATABASE template1', 'VACUUM FULL', 'CHECKPOINT']) await db.exec(statement);
		const dump = await db.dumpDataDir('gzip');
		return new Uint8Array(await dump.arrayBuffer());
	} finally {
		await db.close();
	}
}

/** `buildSnapshot`, cached on disk by `snapshotKey` so repeated builds take milliseconds. */
export async function cachedSnapshot(datasets: readonly SnapshotDataset[], cacheDir = 'node_modules/.cache/rehearse-pglite'): Promise<Uint8Array> {
	const file = join(cacheDir, `${snapshotKey(datasets)}.tgz`);
	try {
		return new Uint8Array(await readFile(file));
	} catch {
		const bytes = await buildSnapshot(datasets);
		await mkdir(cacheDir, { recursive: true });
		await writeFile(file, bytes);
		return bytes;
	}
}
