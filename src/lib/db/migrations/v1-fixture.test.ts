import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generateV1Data, V1_COUNTS, writeV1Database, type V1Data } from '../../../../tests/fixtures/db/v1-fixture';
import { cyrb53 } from '$lib/model';
import { openDatabase } from '../open';
import type { RehearseDb } from '../database';
import { uniqueDbName } from '../testing';
import { MIGRATIONS } from '.';

/** One hash over every primary key in key order: any lost, added or renamed row changes it. */
function checksum(ids: readonly unknown[]): string {
	return cyrb53(ids.join('\n'));
}

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Rows the test compares in full: first, last, and seeded random picks. */
function samples<T>(sorted: T[], picks = 25): T[] {
	let seed = 7;
	const next = () => (seed = (seed * 48271) % 2147483647);
	return [sorted[0], sorted[sorted.length - 1], ...Array.from({ length: picks }, () => sorted[next() % sorted.length])];
}

describe('opening a v1 database with the current schema', () => {
	let data: V1Data;
	let db: RehearseDb;
	const warnings: unknown[][] = [];

	beforeAll(async () => {
		data = generateV1Data();
		const name = uniqueDbName();
		await writeV1Database(name, data);
		// Dexie warns when the stored schema differs from the declared one; v1 must match exactly.
		const warn = vi.spyOn(console, 'warn').mockImplementation((...args) => void warnings.push(args));
		db = await openDatabase(name);
		warn.mockRestore();
	}, 120_000);

	afterAll(() => db?.close());

	it('opens it without a schema mismatch and upgrades it to the latest version', async () => {
		expect(warnings).toEqual([]);
		expect(db.verno).toBe(MIGRATIONS.at(-1)!.version);
		// v2 added the drafts table and v3 the interviews table, both empty after the upgrade.
		expect(await db.drafts.count()).toBe(0);
		expect(await db.interviews.count()).toBe(0);
	});

	it(
		'keeps every row of a v1 database with 10,000 cards and 100,000 reviews',
		async () => {
			for (const table of ['items', 'cards', 'reviews', 'attempts'] as const) {
				const expected = byId(data[table] as { id: string }[]);
				const keys = await db.table(table).toCollection().primaryKeys();
				expect(keys.length, table).toBe(V1_COUNTS[table]);
				expect(checksum(keys), table).toBe(checksum(expected.map((row) => row.id)));
				for (const row of samples(expected)) expect(await db.table(table).get(row.id), `${table} ${row.id}`).toEqual(row);
			}
			expect(await db.settings.toArray()).toEqual([...data.settings].sort((a, b) => a.key.localeCompare(b.key)));
			expect(await db.meta.toArray()).toEqual([...data.meta].sort((a, b) => a.key.localeCompare(b.key)));
		},
		120_000
	);

	it(
		'answers the v1 rows through the current indexes',
		async () => {
			const dueBy = data.cards[0].due;
			const expected = data.cards.filter((c) => c.phase === 'review' && c.due <= dueBy).length;
			expect(await db.cards.where('[phase+due]').between(['review', -Infinity], ['review', dueBy], true, true).count()).toBe(
				expected
			);
			const since = data.reviews[0].reviewedAt;
			expect(await db.reviews.where('reviewedAt').aboveOrEqual(since).count()).toBe(
				data.reviews.filter((r) => r.reviewedAt >= since).length
			);
		},
		60_000
	);
});
