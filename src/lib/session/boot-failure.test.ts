import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '$lib/db';
import { uniqueDbName } from '$lib/db/testing';
import { bootFailure, technicalDetail } from './boot-failure';

/** The error openDatabase throws for this database, if any. */
async function openError(name: string): Promise<unknown> {
	try {
		(await openDatabase(name)).close();
		return null;
	} catch (e) {
		return e;
	}
}

describe('bootFailure', () => {
	it('sends a database that will not open to recovery', async () => {
		const name = uniqueDbName();
		// A damaged database: the items store exists with another primary key, which no upgrade can
		// change. (Dexie 4 opens a database of a higher version as it is, so that is no failure.)
		await new Promise<void>((resolve, reject) => {
			const open = indexedDB.open(name, 1);
			open.onupgradeneeded = () => open.result.createObjectStore('items', { keyPath: 'key' });
			open.onsuccess = () => (open.result.close(), resolve());
			open.onerror = () => reject(open.error);
		});
		const error = await openError(name);
		expect(error).not.toBeNull();
		expect(bootFailure('open', error)).toEqual({ screen: 'recovery', reason: 'cannot-open' });
	});

	it('names a newer version', () => {
		const error = Object.assign(new Error('open failed'), { name: 'OpenFailedError', inner: new DOMException('', 'VersionError') });
		expect(bootFailure('open', error)).toEqual({ screen: 'recovery', reason: 'newer-version' });
	});

	it('sends a failed upgrade to recovery', () => {
		const wrapped = Object.assign(new Error('upgrade failed'), { name: 'UpgradeError', inner: new TypeError('x is undefined') });
		expect(bootFailure('open', wrapped)).toEqual({ screen: 'recovery', reason: 'cannot-open' });
	});

	it('names missing storage, however Dexie wrapped it', () => {
		const inner = Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' });
		const outer = Object.assign(new Error('open failed'), { name: 'OpenFailedError', inner });
		expect(bootFailure('open', outer)).toEqual({ screen: 'recovery', reason: 'storage-unavailable' });
		expect(bootFailure('open', new DOMException('denied', 'SecurityError'))).toEqual({
			screen: 'recovery',
			reason: 'storage-unavailable'
		});
	});

	it('keeps "Try again" for failures after the database opened', () => {
		expect(bootFailure('load', new Error('The study content could not be loaded (404).'))).toEqual({ screen: 'retry' });
	});
});

describe('technicalDetail', () => {
	it("quotes the browser's error name and message", () => {
		expect(technicalDetail(new DOMException('Internal error opening backing store', 'UnknownError'))).toBe(
			'The browser said: UnknownError: Internal error opening backing store'
		);
		expect(technicalDetail('weird')).toBe('The browser said: Error: weird');
	});
});
