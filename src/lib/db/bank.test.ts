import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadBank } from './bank';
import type { RehearseDb } from './database';
import { sqlItem, stored } from './bank-testing';
import type { AttemptRecord } from '$lib/model';
import { card, conceptItem, freshDb } from './testing';

const NOW = Date.UTC(2026, 10, 14, 12);
const DAY = 86_400_000;

function attempt(itemId: string, verdict: AttemptRecord['verdict']): AttemptRecord {
	return { id: crypto.randomUUID(), itemId, at: NOW - DAY, code: 'select 1', verdict, durationMs: 1000, hintsUsed: 0, detail: null };
}

async function seed(db: RehearseDb) {
	await db.items.bulkPut([
		stored(conceptItem('fresh', { title: 'Beta fresh concept' })),
		stored(conceptItem('studied', { title: 'Alpha studied concept' })),
		stored(conceptItem('gone', { title: 'Gone concept' }), { archived: 1 }),
		stored(sqlItem('solved', 'Delta solved drill')),
		stored(sqlItem('tried', 'Gamma tried drill')),
		stored(conceptItem('mine', { title: 'Epsilon my card' }), { origin: 'user' })
	]);
	await db.cards.bulkPut([
		card('fresh::main'),
		card('studied::main', { phase: 'review', due: NOW - 1, lapses: 2 }),
		card('gone::main', { phase: 'review', due: NOW - DAY, archived: 1 }),
		card('solved::solve', { phase: 'review', due: NOW + DAY }),
		card('tried::solve', { phase: 'learning', due: NOW + 60_000 }),
		// An archived card of a live item (e.g. a table row that was removed) does not count.
		card('mine::main'),
		card('mine::old', { phase: 'review', due: NOW - DAY, lapses: 3, archived: 1 })
	]);
	await db.attempts.bulkPut([attempt('solved', 'fail'), attempt('solved', 'pass'), attempt('tried', 'fail'), attempt('tried', 'error')]);
}

describe('loadBank', () => {
	it('gives one row per live item, sorted by title, with the status its cards and attempts give it', async () => {
		const db = await freshDb();
		await seed(db);
		const rows = await loadBank(db, NOW);
		expect(rows.map((row) => [row.id, row.statuses])).toEqual([
			['studied', ['due', 'lapsed']],
			['fresh', ['new']],
			['solved', ['solved']],
			['mine', ['new']],
			['tried', ['learning', 'never-solved']]
		]);
		expect(rows.find((row) => row.id === 'mine')?.origin).toBe('user');
		expect(rows.find((row) => row.id === 'solved')?.prompt).toBe('Rank the orders.');
	});

	it('decides "due" at the time it is given', async () => {
		const db = await freshDb();
		await seed(db);
		const later = await loadBank(db, NOW + 2 * DAY);
		expect(later.find((row) => row.id === 'solved')?.statuses).toEqual(['due', 'solved']);
	});
});
