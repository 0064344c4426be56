import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { schedule } from '$lib/srs/schedule';
import type { Grade, SchedulerSettings } from '$lib/model';
import { applyWeights, undoWeights, lastWeightsChange } from './fsrs-weights';
import type { CardRecord, ReviewRecord } from '$lib/model';
import { DEFAULT_SETTINGS } from '$lib/model';
import { loadSettings } from './settings';
import { card, freshDb, review } from './testing';
import type { RehearseDb } from './database';

const DAY = 86_400_000;
const START = Date.parse('2025-01-06T09:00:00Z');
const defaults: SchedulerSettings = { ...DEFAULT_SETTINGS, learningSteps: [...DEFAULT_SETTINGS.learningSteps], relearningSteps: [...DEFAULT_SETTINGS.relearningSteps] };
// FSRS-6 weights, visibly different from the defaults (faster initial stability, slower decay).
const FITTED = [0.5, 2.2, 4.5, 16, 6.8, 0.6, 2.1, 0.01, 1.7, 0.2, 0.9, 1.6, 0.08, 0.3, 1.9, 0.4, 2.2, 0.6, 0.2, 0.1, 0.2];

/** A card studied with `grades`, each answered when due; stored with its review rows. */
async function studied(db: RehearseDb, id: string, grades: Grade[]): Promise<CardRecord> {
	let record = card(`${id}::main`, { createdAt: START });
	let at = START;
	const rows: ReviewRecord[] = [];
	for (const grade of grades) {
		rows.push(review(record.id, at, { grade, phaseBefore: record.phase }));
		record = { ...record, ...schedule(record, grade, at, defaults) };
		at = Math.max(at + 60_000, record.due);
	}
	await db.cards.put(record);
	await db.reviews.bulkAdd(rows);
	return record;
}

describe('applying fitted weights', () => {
	it('saves the weights without touching cards unless asked to reschedule', async () => {
		const db = await freshDb();
		const before = await studied(db, 'a', [3, 3, 3]);
		expect(await applyWeights(db, FITTED, { reschedule: false, now: START + 30 * DAY })).toEqual({ rescheduled: 0 });
		expect((await loadSettings(db)).weights).toEqual(FITTED);
		expect(await db.cards.get(before.id)).toEqual(before);
	});

	it('reschedules studied cards by replaying their reviews, and Undo restores every state exactly', async () => {
		const db = await freshDb();
		const cards = [await studied(db, 'a', [3, 3, 3, 3]), await studied(db, 'b', [3, 1, 3, 2, 3]), await studied(db, 'c', [4, 3])];
		const untouched = card('new::main', { createdAt: START });
		await db.cards.put(untouched);
		const snapshot = await db.cards.toArray();

		const { rescheduled } = await applyWeights(db, FITTED, { reschedule: true, now: START + 200 * DAY });
		expect(rescheduled).toBe(3);
		const after = await db.cards.bulkGet(cards.map((c) => c.id));
		expect(after.map((c) => c!.stability)).not.toEqual(cards.map((c) => c.stability));
		expect(after.map((c) => c!.reps)).toEqual(cards.map((c) => c.reps));
		expect(await db.cards.get(untouched.id)).toEqual(untouched);
		expect((await lastWeightsChange(db))?.previousWeights).toBeNull();

		expect(await undoWeights(db)).toBe(true);
		expect(await db.cards.toArray()).toEqual(snapshot);
		expect((await loadSettings(db)).weights).toBeNull();
		expect(await lastWeightsChange(db)).toBeUndefined();
		expect(await undoWeights(db)).toBe(false);
	});

	it('restores a card exactly even when its stored state did not match its log', async () => {
		const db = await freshDb();
		// Reviews were written, but the card row still says new (a partial import, say).
		const stale = card('stale::main', { createdAt: START });
		await db.cards.put(stale);
		await db.reviews.bulkAdd([review(stale.id, START, { phaseBefore: 'new' }), review(stale.id, START + 3 * DAY)]);
		await applyWeights(db, FITTED, { reschedule: true, now: START + 10 * DAY });
		expect((await db.cards.get(stale.id))!.reps).toBe(2);
		await undoWeights(db);
		expect(await db.cards.get(stale.id)).toEqual(stale);
	});

	it('on Undo, replays a card answered since under the old weights instead of losing that answer', async () => {
		const db = await freshDb();
		const original = await studied(db, 'a', [3, 3, 3]);
		await applyWeights(db, FITTED, { reschedule: true, now: START + 100 * DAY });
		// Answered once more under the new weights.
		const rescheduled = (await db.cards.get(original.id))!;
		const at = rescheduled.due;
		const answered = { ...rescheduled, ...schedule(rescheduled, 3, at, { ...defaults, weights: FITTED }) };
		await db.cards.put(answered);
		await db.reviews.add(review(original.id, at, { grade: 3, phaseBefore: 'review' }));

		await undoWeights(db);
		const restored = (await db.cards.get(original.id))!;
		expect(restored.reps).toBe(original.reps + 1);
		expect(restored.lastReview).toBe(at);
		// Exactly what the default weights make of the four answers.
		const expected = { ...original, ...schedule(original, 3, at, defaults) };
		expect(restored).toEqual(expected);
	});

	it('refuses weights ts-fsrs cannot use, changing nothing', async () => {
		const db = await freshDb();
		await expect(applyWeights(db, [1, 2, 3], { reschedule: true, now: START })).rejects.toThrow(/17, 19 or 21/);
		await expect(applyWeights(db, [...FITTED.slice(0, 20), Number.NaN], { reschedule: false, now: START })).rejects.toThrow();
		expect((await loadSettings(db)).weights).toBeNull();
	});
});
