import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { card, uniqueDbName } from './testing';
import { MIGRATIONS } from './migrations';
import { onVersionChange, openDatabase, type VersionChangeInfo } from './open';
import { setSuspended } from './cards';
import { isStaleTabError, userMessage, STALE_TAB_MESSAGE } from './errors';

describe('openDatabase', () => {
	it('closes and tells the UI when another tab upgrades, after which writes fail loudly', async () => {
		const name = uniqueDbName();
		const oldTab = await openDatabase(name);
		await oldTab.cards.put(card('a::main'));
		const seen: VersionChangeInfo[] = [];
		const stop = onVersionChange((info) => seen.push(info));
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

		// The new tab runs a newer app with one more schema version than this one knows.
		const newTab = new Dexie(name);
		for (const migration of MIGRATIONS) newTab.version(migration.version).stores(migration.stores);
		const next = MIGRATIONS.length + 1;
		newTab.version(next).stores({ notes: 'id' });
		await newTab.open();

		// Dexie multiplies version numbers by 10 in IndexedDB.
		expect(seen).toEqual([{ dbName: name, newVersion: next * 10 }]);
		expect(oldTab.staleReason).toBe('versionchange');
		expect(oldTab.isOpen()).toBe(false);
		// Through a repository: a clear StaleTabError.
		const rejected = await setSuspended(oldTab, ['a::main'], true).catch((e: unknown) => e);
		expect(isStaleTabError(rejected)).toBe(true);
		expect(userMessage(rejected)).toBe(STALE_TAB_MESSAGE);
		// Straight on a table: still rejected, never a silent reopen with the old schema.
		await expect(oldTab.cards.put(card('b::main'))).rejects.toMatchObject({ name: 'DatabaseClosedError' });
		expect(oldTab.isOpen()).toBe(false);
		// The new tab's data is intact and the old tab wrote nothing.
		expect(await newTab.table('cards').count()).toBe(1);

		stop();
		warn.mockRestore();
		newTab.close();
	});
});
