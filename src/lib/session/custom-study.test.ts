import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, syncContent, type CardRecord, type RehearseDb } from '$lib/db';
import { saveSet } from '$lib/db/sets';
import { bundle, conceptItem, freshDb } from '$lib/db/testing';
import { ReviewSession } from './review-session.svelte';
import { deckSetId, loadSetOverview, openStudy } from './set-study';

const DAY = 86_400_000;
const MORNING = new Date(2026, 10, 21, 9, 0).getTime();
const settings = { ...DEFAULT_SETTINGS, fuzz: false, newPerDay: 30 };
const ids = Array.from({ length: 8 }, (_, i) => `concept-${i}`);
const setIds = ids.slice(0, 4);

/** Eight concepts: the first four are "the set"; concept-0 and concept-5 were studied and are due. */
async function seeded(): Promise<RehearseDb> {
	const db = await freshDb();
	await syncContent(db, bundle('h1', ids.map((id) => conceptItem(id))), MORNING - 10 * DAY);
	const studied: Partial<CardRecord> = {
		phase: 'review',
		due: MORNING - DAY,
		stability: 4,
		difficulty: 5,
		reps: 2,
		scheduledDays: 4,
		lastReview: MORNING - 5 * DAY
	};
	await db.cards.update('concept-0::main', studied);
	await db.cards.update('concept-5::main', studied);
	return db;
}

const snapshot = async (db: RehearseDb) => ({
	cards: await db.cards.orderBy('id').toArray(),
	reviews: await db.reviews.count()
});

describe('custom study of a set', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(MORNING);
	});
	afterEach(() => vi.useRealTimers());

	it("cram goes through every card of the set and never writes a card or a review", async () => {
		const db = await seeded();
		const before = await snapshot(db);
		const session = await ReviewSession.start(db, settings, { kind: 'cram', itemIds: setIds, order: 'shuffled', seed: 's' });
		expect(session.writesHistory).toBe(false);
		expect(session.remaining).toBe(4);
		const seen = new Set<string>();
		const grades = [1, 2, 3, 4, 3, 3, 3, 3, 3] as const;
		for (const grade of grades) {
			if (!session.current) break;
			seen.add(session.current.itemId);
			session.reveal();
			vi.setSystemTime(Date.now() + 7_000);
			await session.answer(grade);
		}
		expect([...seen].sort()).toEqual(setIds);
		expect(session.finished).toBe(true);
		expect(session.summary.answered).toBeGreaterThanOrEqual(6);
		expect(await snapshot(db)).toEqual(before);
	});

	it('cram brings an Again card back within the session and shows what each grade does', async () => {
		const db = await seeded();
		const session = await ReviewSession.start(db, settings, { kind: 'cram', itemIds: setIds, order: 'weakest', seed: 's' });
		// Weakest first: the studied, overdue card leads.
		expect(session.current?.id).toBe('concept-0::main');
		expect(session.intervals).toEqual({ 1: 'see soon', 2: 'see later', 3: 'done', 4: 'done' });
		await session.answer(1);
		const order: string[] = [];
		while (session.current) {
			order.push(session.current.id);
			await session.answer(3);
		}
		expect(order).toEqual(['concept-1::main', 'concept-2::main', 'concept-3::main', 'concept-0::main']);
	});

	it('undo in cram restores the card, the queue and the counts, without touching the database', async () => {
		const db = await seeded();
		const before = await snapshot(db);
		const session = await ReviewSession.start(db, settings, { kind: 'cram', itemIds: setIds, order: 'weakest', seed: 's' });
		const first = session.current!.id;
		await session.answer(3);
		const second = session.current!.id;
		await session.answer(1);
		expect(session.undoDepth).toBe(2);
		await session.undo();
		expect(session.current?.id).toBe(second);
		expect(session.remaining).toBe(3);
		await session.undo();
		expect(session.current?.id).toBe(first);
		expect(session.remaining).toBe(4);
		expect(session.summary.answered).toBe(0);
		expect(session.undoDepth).toBe(0);
		expect(await snapshot(db)).toEqual(before);
	});

	it("scheduled review of a set reviews only the set's due and new cards, writing real reviews", async () => {
		const db = await seeded();
		const session = await ReviewSession.start(db, settings, { kind: 'set', itemIds: setIds, newCards: 'limits' });
		expect(session.writesHistory).toBe(true);
		const answered: string[] = [];
		while (session.current) {
			answered.push(session.current.itemId);
			await session.answer(4);
		}
		expect(answered.sort()).toEqual(setIds);
		const reviews = await db.reviews.toArray();
		expect(reviews.map((r) => r.itemId).sort()).toEqual(setIds);
		expect((await db.cards.get('concept-0::main'))!.due).toBeGreaterThan(MORNING);
		// concept-5 is due too, but outside the set: untouched.
		expect((await db.cards.get('concept-5::main'))!.due).toBe(MORNING - DAY);
	});

	it('scheduled review keeps to the daily new-card limit unless the user chooses a count', async () => {
		const db = await seeded();
		const limited = await ReviewSession.start(db, { ...settings, newPerDay: 1 }, { kind: 'set', itemIds: setIds, newCards: 'limits' });
		// The due card plus one new card.
		expect(limited.remaining).toBe(2);
		const chosen = await ReviewSession.start(db, { ...settings, newPerDay: 1 }, { kind: 'set', itemIds: setIds, newCards: 2 });
		expect(chosen.remaining).toBe(3);
		const none = await ReviewSession.start(db, settings, { kind: 'set', itemIds: setIds, newCards: 0 });
		expect(none.remaining).toBe(1);
	});

	it('undo in a scheduled set review deletes the review like a normal one', async () => {
		const db = await seeded();
		const before = await snapshot(db);
		const session = await ReviewSession.start(db, settings, { kind: 'set', itemIds: setIds, newCards: 'limits' });
		vi.setSystemTime(MORNING + 4_000);
		await session.answer(3);
		expect(await db.reviews.count()).toBe(1);
		await session.undo();
		expect(await snapshot(db)).toEqual(before);
	});
});

describe('opening custom study from a link', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(MORNING);
	});
	afterEach(() => vi.useRealTimers());

	const open = (db: RehearseDb, query: string) => openStudy(db, settings, new URLSearchParams(query), MORNING);

	it('opens a saved set in the mode the link names, with the scope the header shows', async () => {
		const db = await seeded();
		const set = await saveSet(db, { name: 'Stripe onsite', itemIds: setIds }, MORNING);
		const opened = await open(db, `set=${set.id}&mode=cram&order=weakest`);
		if (opened.kind !== 'ready') throw new Error(`expected a session, got ${opened.kind}`);
		expect(opened.scope).toEqual({ setId: set.id, setName: 'Stripe onsite', cram: true, exitHref: `/study/${set.id}`, exitLabel: 'Back to the set' });
		expect(opened.session.writesHistory).toBe(false);
		expect(opened.session.remaining).toBe(4);
		const overview = await loadSetOverview(db, settings, set.id, MORNING);
		expect(overview).toMatchObject({ items: 4, cards: { cards: 4, due: 1, new: 3, suspended: 0 }, scheduledNow: { review: 1, new: 3 } });
	});

	it('explains a deleted set, a set with nothing to study, and a bad link instead of starting', async () => {
		const db = await seeded();
		const gone = await saveSet(db, { name: 'Gone', itemIds: ['no-such-item'] }, MORNING);
		expect(await open(db, 'set=deleted-id&mode=cram')).toMatchObject({ kind: 'blocked', blocked: { title: 'This set no longer exists' } });
		expect(await loadSetOverview(db, settings, 'deleted-id', MORNING)).toBeNull();
		expect(await open(db, `set=${gone.id}&mode=scheduled`)).toMatchObject({ kind: 'blocked', blocked: { title: 'Nothing to study in “Gone”' } });
		expect(await open(db, `set=${gone.id}&mode=later`)).toMatchObject({ kind: 'blocked', blocked: { title: 'This study link is not valid' } });
		expect(await open(db, '')).toMatchObject({ kind: 'ready', scope: null });
	});

	it("studies a deck as a set: the deck's due and new cards only, and back to the deck", async () => {
		const db = await freshDb();
		const items = ids.map((id, i) => conceptItem(id, { deck: i < 3 ? 'sql' : 'modeling' }));
		await syncContent(db, bundle('h1', items), MORNING - 10 * DAY);
		const opened = await open(db, `set=${deckSetId('sql')}&mode=scheduled&new=limits`);
		if (opened.kind !== 'ready') throw new Error(`expected a session, got ${opened.kind}`);
		expect(opened.scope).toMatchObject({ setId: 'deck:sql', cram: false, exitHref: '/decks/sql', exitLabel: 'Back to the deck' });
		const studied: string[] = [];
		while (opened.session.current) {
			studied.push(opened.session.current.itemId);
			await opened.session.answer(4);
		}
		expect(studied.sort()).toEqual(['concept-0', 'concept-1', 'concept-2']);
		const overview = await loadSetOverview(db, settings, deckSetId('modeling'), MORNING);
		expect(overview).toMatchObject({ deck: 'modeling', exitHref: '/decks/modeling', items: 5, cards: { new: 5 } });
		expect(await open(db, `set=${deckSetId('no-such-deck')}&mode=scheduled`)).toMatchObject({
			kind: 'blocked',
			blocked: { href: '/decks/no-such-deck', label: 'Back to the deck' }
		});
	});
});
