// Backups in and out of the database. The file format, validation and the merge/replace plans are
// pure (in $lib/backup); this module only reads a consistent snapshot and writes a plan in one
// transaction, so an import either happens entirely or not at all.
import {
	BackupError,
	openBackup,
	planMerge,
	planReplace,
	serialiseBackup,
	toBackupFile,
	type ExportedBackup,
	type ImportReport,
	type Snapshot,
	type ValidBackup,
	type WritePlan
} from '$lib/backup';
import { schedulerSettingsOf } from '$lib/srs';
import type { RehearseDb } from './database';
import type { DesignProgress } from './meta';
import { getMeta } from './meta';
import { loadSettings } from './settings';
import { writeTransaction } from './transact';

export type ImportMode = 'replace' | 'merge';

/** How many rows each user table holds: checked again inside the write, to catch a change meanwhile. */
type Fingerprint = Record<'items' | 'cards' | 'reviews' | 'attempts' | 'sets' | 'interviews', number>;

async function fingerprint(db: RehearseDb): Promise<Fingerprint> {
	const [items, cards, reviews, attempts, sets, interviews] = await Promise.all([
		db.items.count(),
		db.cards.count(),
		db.reviews.count(),
		db.attempts.count(),
		db.sets.count(),
		db.interviews.count()
	]);
	return { items, cards, reviews, attempts, sets, interviews };
}

/** Everything an import or export needs, read in one transaction so it is consistent. */
async function readSnapshot(db: RehearseDb): Promise<Snapshot & { fingerprint: Fingerprint }> {
	return db.transaction('r', [db.items, db.cards, db.reviews, db.attempts, db.sets, db.settings, db.interviews, db.drafts, db.meta], async () => {
		const [items, cards, reviews, attempts, sets, settings, interviews, drafts, design] = await Promise.all([
			db.items.toArray(),
			db.cards.toArray(),
			db.reviews.toArray(),
			db.attempts.toArray(),
			db.sets.toArray(),
			db.settings.toArray(),
			db.interviews.toArray(),
			db.drafts.toArray(),
			db.meta.where('key').startsWith('design:').toArray()
		]);
		const designProgress: Record<string, DesignProgress> = {};
		for (const row of design) designProgress[row.key.slice('design:'.length)] = row.value as DesignProgress;
		return {
			items,
			cards,
			reviews,
			attempts,
			sets,
			settings,
			interviews,
			drafts,
			designProgress,
			fingerprint: { items: items.length, cards: cards.length, reviews: reviews.length, attempts: attempts.length, sets: sets.length, interviews: interviews.length }
		};
	});
}

/**
 * Makes a backup file of everything of the user's. Does not record it as made: call
 * `recordBackupMade` once the user has actually saved or shared it.
 */
export async function exportBackup(db: RehearseDb, now: number, { zip = false }: { zip?: boolean } = {}): Promise<ExportedBackup> {
	const snapshot = await readSnapshot(db);
	const contentHash = (await getMeta(db, 'contentHash')) ?? '';
	return serialiseBackup(toBackupFile(snapshot, { now, contentHash, appVersion: __APP_VERSION__ }), { zip });
}

/**
 * Imports a backup file: validates it completely, then replaces or merges in one transaction.
 * Throws BackupError (the file is wrong; nothing written) or a storage error (e.g. quota; nothing
 * written either: the transaction is rolled back).
 */
export async function importBackup(db: RehearseDb, file: Blob, mode: ImportMode, now: number): Promise<ImportReport> {
	return applyBackup(db, await openBackup(file), mode, now);
}

/** Imports an already validated backup (the UI validates first to show what the file holds). */
export async function applyBackup(db: RehearseDb, backup: ValidBackup, mode: ImportMode, now: number): Promise<ImportReport> {
	// Another tab may answer a card while the plan is computed; then the plan is made again, once.
	for (let attempt = 0; ; attempt++) {
		const snapshot = await readSnapshot(db);
		const settings = schedulerSettingsOf(await loadSettings(db));
		const plan = mode === 'replace' ? planReplace(snapshot, backup, now) : planMerge(snapshot, backup, settings, now);
		try {
			await writePlan(db, plan, snapshot.fingerprint);
			return plan.report;
		} catch (error) {
			if (!(error instanceof BackupError && error.problem === 'changed-meanwhile') || attempt >= 1) throw error;
		}
	}
}

async function writePlan(db: RehearseDb, plan: WritePlan, expected: Fingerprint): Promise<void> {
	const tables = [db.items, db.cards, db.reviews, db.attempts, db.sets, db.settings, db.interviews, db.drafts, db.meta];
	await writeTransaction(db, tables, async () => {
		const now = await fingerprint(db);
		if ((Object.keys(expected) as (keyof Fingerprint)[]).some((key) => expected[key] !== now[key]))
			throw new BackupError('changed-meanwhile', 'Your data changed while the backup was being imported (another tab?). Nothing was imported; try again.');
		for (const table of plan.clear) await db[table].clear();
		await db.items.bulkDelete(plan.deleteItems);
		await db.cards.bulkDelete(plan.deleteCards);
		await db.meta.bulkDelete(plan.deleteMeta);
		const { put } = plan;
		await db.items.bulkPut(put.items);
		await db.cards.bulkPut(put.cards);
		await db.reviews.bulkPut(put.reviews);
		await db.attempts.bulkPut(put.attempts);
		await db.sets.bulkPut(put.sets);
		await db.settings.bulkPut(put.settings);
		await db.interviews.bulkPut(put.interviews);
		await db.drafts.bulkPut(put.drafts);
		await db.meta.bulkPut(put.meta);
	});
}
