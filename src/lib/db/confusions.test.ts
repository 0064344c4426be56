import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDb } from './testing';
import { confusionsOf, recordConfusions } from './confusions';

describe('confusions of a decision table', () => {
	it('starts empty and tallies repeated mix-ups forgivingly, most frequent first', async () => {
		const db = await freshDb();
		expect(await confusionsOf(db, 'index-types')).toEqual([]);
		await recordConfusions(db, 'index-types', [{ column: 'Index', expected: 'GIN', given: 'B-tree' }]);
		await recordConfusions(db, 'index-types', [
			{ column: 'Index', expected: 'GIN', given: 'b tree' },
			{ column: 'Index', expected: 'BRIN', given: 'Hash' }
		]);
		expect(await confusionsOf(db, 'index-types')).toEqual([
			{ column: 'Index', expected: 'GIN', given: 'B-tree', count: 2 },
			{ column: 'Index', expected: 'BRIN', given: 'Hash', count: 1 }
		]);
		expect(await confusionsOf(db, 'other-table')).toEqual([]);
	});

	it('writes nothing for a round without mix-ups', async () => {
		const db = await freshDb();
		expect(await recordConfusions(db, 't', [])).toEqual([]);
		expect(await db.meta.count()).toBe(0);
	});
});
