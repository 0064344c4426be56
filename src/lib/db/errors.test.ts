import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { card, uniqueDbName } from './testing';
import { RehearseDb } from './database';
import { recordAnswer } from './answers';
import { isQuotaError, QUOTA_MESSAGE, userMessage } from './errors';
import { review } from './testing';

/** A database whose writes fail with QuotaExceededError once `full` is set, like a full disk. */
async function dbThatFillsUp() {
	const state = { full: false };
	const db = new RehearseDb(uniqueDbName());
	db.use({
		stack: 'dbcore',
		name: 'simulated-full-disk',
		create: (down) => ({
			...down,
			table: (name) => {
				const table = down.table(name);
				return {
					...table,
					mutate: (req) =>
						state.full ? Promise.reject(new DOMException('simulated', 'QuotaExceededError')) : table.mutate(req)
				};
			}
		})
	});
	await db.open();
	return { db, state };
}

describe('storage errors', () => {
	it('explains a full disk and keeps what was already saved', async () => {
		const { db, state } = await dbThatFillsUp();
		const saved = card('a::main');
		await db.cards.put(saved);
		state.full = true;

		const error = await recordAnswer(db, {
			cardAfter: { ...saved, reps: 1 },
			review: review('a::main', 1)
		}).catch((e: unknown) => e);

		expect(isQuotaError(error)).toBe(true);
		expect(userMessage(error)).toBe(QUOTA_MESSAGE);
		state.full = false;
		expect(await db.cards.toArray()).toEqual([saved]);
		expect(await db.reviews.count()).toBe(0);
	});

	it('finds a quota error nested in Dexie wrappers', () => {
		const quota = new DOMException('x', 'QuotaExceededError');
		expect(isQuotaError(new Dexie.AbortError('aborted', quota))).toBe(true);
		expect(isQuotaError(new Dexie.BulkError('bulk', { 3: quota }))).toBe(true);
		expect(isQuotaError(new Error('other'))).toBe(false);
		expect(isQuotaError(null)).toBe(false);
	});

	it('names an unknown error so a bug report says what happened', () => {
		expect(userMessage(new TypeError('boom'))).toMatch(/TypeError/);
	});
});
