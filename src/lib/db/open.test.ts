import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { card, uniqueDbName } from './testing';
import { initialSchema } from './migrations/001-initial-schema';
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

		// The new tab runs a newer app with a v2 schema.
		const newTab = new Dexie(name);
		newTab.version(1).stores(initialSchema.stores);
		newTab.version(2).stores({ notes: 'id' });
		await newTab.open();

		expect(seen).toEqual([{ dbName: name, newVersion: 20 }]);
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
