import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { deleteDatabaseForRestore, rescueDump } from './rescue';
import { uniqueDbName } from './testing';

function createDamaged(name: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const open = indexedDB.open(name, 1);
		open.onupgradeneeded = () => open.result.createObjectStore('items', { keyPath: 'key' }).put({ key: 'k1', note: 'kept' });
		open.onsuccess = () => (open.result.close(), resolve());
		open.onerror = () => reject(open.error);
	});
}

describe('rescueDump', () => {
	it('reads every row of a database Dexie refuses to open, and changes nothing', async () => {
		const name = uniqueDbName();
		await createDamaged(name);
		await expect(openDatabase(name)).rejects.toThrow();
		const dump = await rescueDump(1234, name);
		expect(dump).toEqual({ format: 'rehearse-rescue', databaseVersion: 1, exportedAt: 1234, stores: { items: [{ key: 'k1', note: 'kept' }] }, unreadable: {} });
		expect((await rescueDump(1235, name))?.stores.items).toHaveLength(1);
	});

	it('returns null when there is no database, without creating one', async () => {
		const name = uniqueDbName();
		expect(await rescueDump(1, name)).toBeNull();
		expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(name);
	});
});

describe('deleteDatabaseForRestore', () => {
	it('removes the damaged database so a fresh one opens', async () => {
		const name = uniqueDbName();
		await createDamaged(name);
		await deleteDatabaseForRestore(name);
		const db = await openDatabase(name);
		expect(await db.items.count()).toBe(0);
		db.close();
	});
});
