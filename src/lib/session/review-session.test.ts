import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, syncContent, type RehearseDb } from '$lib/db';
import { bundle, conceptItem, freshDb } from '$lib/db/testing';
import { ReviewSession, UNDO_DEPTH } from './review-session.svelte';

const MORNING = new Date(2026, 10, 21, 9, 0).getTime();
const settings = { ...DEFAULT_SETTINGS, fuzz: false, newPerDay: 30 };

async function dbWithConcepts(count: number): Promise<RehearseDb> {
	const db = await freshDb();
	const items = Array.from({ length: count }, (_, i) => conceptItem(`concept-${String(i).padStart(2, '0')}`));
	await syncContent(db, bundle('h1', items), MORNING - 86_400_000);
	return db;
}

describe('ReviewSession', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(MORNING);
	});
	afterEach(() => vi.useRealTimers());

	it('writes one review per answer and moves to the next card', async () => {
		const db = await dbWithConcepts(3);
		const session = await ReviewSession.start(db, settings);
		const first = session.current!;
		session.reveal();
		await session.answer(4);
		expect(await db.reviews.count()).toBe(1);
		expect(session.current?.id).not.toBe(first.id);
		expect((await db.cards.get(first.id))?.phase).toBe('review');
		expect(session.summary.answered).toBe(1);
	});

	it('ignores a second answer while the first is being saved', async () => {
		const db = await dbWithConcepts(3);
		const session = await ReviewSession.start(db, settings);
		await Promise.all([session.answer(3), session.answer(3), session.answer(1)]);
		expect(await db.reviews.count()).toBe(1);
		expect(session.summary.answered).toBe(1);
	});

	it('undo deletes the review and restores the exact card state, showing that card again', async () => {
		const db = await dbWithConcepts(3);
		const session = await ReviewSession.start(db, settings);
		const before = structuredClone(await db.cards.get(session.current!.id));
		vi.setSystemTime(MORNING + 5_000);
		await session.answer(3);
		await session.undo();
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.get(before!.id)).toEqual(before);
		expect(session.current?.id).toBe(before!.id);
		expect(session.revealed).toBe(false);
		expect(session.summary.answered).toBe(0);
	});

	it(`undoes up to ${UNDO_DEPTH} answers in reverse order`, async () => {
		const db = await dbWithConcepts(25);
		const session = await ReviewSession.start(db, { ...settings, newPerDay: 25 });
		const shown: string[] = [];
		for (let i = 0; i < 12; i++) {
			shown.push(session.current!.id);
			await session.answer(4);
		}
		for (let i = 11; i >= 0; i--) {
			await session.undo();
			expect(session.current?.id).toBe(shown[i]);
		}
		expect(await db.reviews.count()).toBe(0);
		expect(session.undoDepth).toBe(0);
	});

	it('brings a card graded Again back after its learning step, and ends when nothing is left', async () => {
		const db = await dbWithConcepts(1);
		const session = await ReviewSession.start(db, settings);
		const only = session.current!.id;
		await session.answer(1);
		// The only card is in learning for a minute: learn-ahead shows it rather than ending.
		expect(session.current?.id).toBe(only);
		await session.answer(4);
		expect(session.current).toBeNull();
		expect(session.finished).toBe(true);
	});

	it('keeps the card on screen with a message when the answer cannot be saved', async () => {
		const db = await dbWithConcepts(2);
		const session = await ReviewSession.start(db, settings);
		const shown = session.current!.id;
		db.close();
		await session.answer(3);
		expect(session.current?.id).toBe(shown);
		expect(session.error).toBeTruthy();
		expect(session.saving).toBe(false);
	});

	it('moves a new card to the learning count when it is answered Again, though the cards left stay the same', async () => {
		const db = await dbWithConcepts(3);
		const session = await ReviewSession.start(db, settings);
		expect(session.counts).toEqual({ new: 3, learning: 0, review: 0 });
		await session.answer(1);
		expect(session.remaining).toBe(3);
		expect(session.counts).toEqual({ new: 2, learning: 1, review: 0 });
		await session.answer(4);
		expect(session.counts).toEqual({ new: 1, learning: 1, review: 0 });
		await session.undo();
		expect(session.counts).toEqual({ new: 2, learning: 1, review: 0 });
	});

	it('counts answers and cards apart in the summary', async () => {
		const db = await dbWithConcepts(1);
		const session = await ReviewSession.start(db, settings);
		await session.answer(1);
		await session.answer(3);
		await session.answer(3);
		expect(session.summary).toMatchObject({ answered: 3, cards: 1 });
	});

	it('suspends the card on screen: it leaves the queue and the store, and undo brings it back', async () => {
		const db = await dbWithConcepts(3);
		const session = await ReviewSession.start(db, settings);
		const suspended = session.current!.id;
		await session.suspend();
		expect(session.current?.id).not.toBe(suspended);
		expect(session.remaining).toBe(2);
		expect((await db.cards.get(suspended))?.suspended).toBe(1);
		expect((await ReviewSession.start(db, settings)).remaining).toBe(2);
		await session.undo();
		expect(session.current?.id).toBe(suspended);
		expect(session.remaining).toBe(3);
		expect((await db.cards.get(suspended))?.suspended).toBe(0);
	});

	it('buries the card on screen until the next study day, without touching its schedule', async () => {
		const db = await dbWithConcepts(3);
		const session = await ReviewSession.start(db, settings);
		const buried = session.current!.id;
		const before = structuredClone(await db.cards.get(buried));
		await session.bury();
		expect(session.current?.id).not.toBe(buried);
		expect(session.counts.new).toBe(2);
		expect(await db.cards.get(buried)).toEqual(before);
		const later = await ReviewSession.start(db, settings);
		expect(later.upcomingItems(10).map((item) => item.id)).not.toContain(before!.itemId);
		vi.setSystemTime(MORNING + 86_400_000);
		const tomorrow = await ReviewSession.start(db, settings);
		expect(tomorrow.remaining).toBe(3);
	});

	it('undoes a bury: the card is shown again and a new session today has it back', async () => {
		const db = await dbWithConcepts(2);
		const session = await ReviewSession.start(db, settings);
		const buried = session.current!.id;
		await session.bury();
		await session.undo();
		expect(session.current?.id).toBe(buried);
		expect((await ReviewSession.start(db, settings)).remaining).toBe(2);
	});

	it('brings in more new cards than the daily limit when asked to', async () => {
		const db = await dbWithConcepts(8);
		const limited = { ...settings, newPerDay: 3 };
		expect((await ReviewSession.start(db, limited)).counts.new).toBe(3);
		expect((await ReviewSession.start(db, limited, { kind: 'today', extraNew: 4 })).counts.new).toBe(7);
	});

	it('lets another new card take the place of one suspended or buried, within the daily limit', async () => {
		const db = await dbWithConcepts(5);
		const limited = { ...settings, newPerDay: 2 };
		const session = await ReviewSession.start(db, limited);
		const [first, second] = session.upcomingItems(2).map((item) => item.id);
		await session.bury();
		expect(session.counts.new).toBe(2);
		const replacement = session.current!.itemId;
		expect([first, second]).not.toContain(replacement);
		await session.suspend();
		expect(session.counts.new).toBe(2);
		expect(session.upcomingItems(5).map((item) => item.id)).not.toContain(replacement);
		await session.undo();
		await session.undo();
		expect(session.current?.itemId).toBe(first);
		expect(session.upcomingItems(5).map((item) => item.id)).toEqual([first, second]);
	});
});
