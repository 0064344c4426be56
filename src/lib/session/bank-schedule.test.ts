import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, syncContent } from '$lib/db';
import { bundle, conceptItem, freshDb } from '$lib/db/testing';
import { BankSchedule } from './bank-schedule.svelte';

const MORNING = new Date(2026, 10, 21, 9, 0).getTime();
const DAY = 86_400_000;
const settings = { ...DEFAULT_SETTINGS, fuzz: false };

async function dbWith(id: string) {
	const db = await freshDb();
	await syncContent(db, bundle('h1', [conceptItem(id)]), MORNING - DAY);
	return db;
}

describe('BankSchedule', () => {
	it('offers a card never reviewed, and turns the solve into its first review', async () => {
		const db = await dbWith('drill-a');
		const offer = await BankSchedule.open(db, 'drill-a', settings);
		expect(offer.offered).toBe(true);
		const goodIn = offer.intervals(MORNING)![3];
		expect(goodIn).toMatch(/^\d+[mhd]$/);

		await offer.schedule(3, { at: MORNING, durationMs: 90_000, mode: 'sql', solved: true });

		const [review] = await db.reviews.toArray();
		expect(review).toMatchObject({ cardId: offer.card!.id, grade: 3, phaseBefore: 'new', reviewedAt: MORNING, mode: 'sql', score: 1, durationMs: 90_000 });
		const stored = await db.cards.get(offer.card!.id);
		expect(stored?.phase).not.toBe('new');
		expect(stored?.due).toBeGreaterThan(MORNING);
		expect(offer.scheduled).toBe(3);
		// Due when the Good button said it would be.
		expect(offer.dueIn(MORNING)).toBe(goodIn);
	});

	it('schedules once: a second tap writes nothing more', async () => {
		const db = await dbWith('drill-b');
		const offer = await BankSchedule.open(db, 'drill-b', settings);
		await Promise.all([offer.schedule(4, { at: MORNING, durationMs: 1, mode: 'sql', solved: true }), offer.schedule(1, { at: MORNING, durationMs: 1, mode: 'sql', solved: true })]);
		await offer.schedule(2, { at: MORNING + 1000, durationMs: 1, mode: 'sql', solved: true });
		expect(await db.reviews.count()).toBe(1);
		expect(offer.scheduled).toBe(4);
	});

	it('does not offer a card already in the reviews, or a suspended one', async () => {
		const db = await dbWith('drill-c');
		const [card] = await db.cards.toArray();
		await db.cards.put({ ...card, phase: 'review', due: MORNING + 5 * DAY });
		expect((await BankSchedule.open(db, 'drill-c', settings)).offered).toBe(false);
		await db.cards.put({ ...card, suspended: 1 });
		expect((await BankSchedule.open(db, 'drill-c', settings)).offered).toBe(false);
	});

	it('has nothing to offer for an item without a live card', async () => {
		const db = await dbWith('drill-d');
		const offer = await BankSchedule.open(db, 'no-such-item', settings);
		expect(offer.offered).toBe(false);
		expect(offer.intervals(MORNING)).toBeNull();
	});
});
