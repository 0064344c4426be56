import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, saveInterview, syncContent, type RehearseDb } from '$lib/db';
import { bundle, conceptItem, freshDb } from '$lib/db/testing';
import { loadNextSteps, MORE_NEW_STEP } from './next-steps';
import { ReviewSession } from './review-session.svelte';

const MORNING = new Date(2026, 10, 21, 9, 0).getTime();
const settings = { ...DEFAULT_SETTINGS, fuzz: false, newPerDay: 2 };

async function dbWithConcepts(count: number): Promise<RehearseDb> {
	const db = await freshDb();
	const items = Array.from({ length: count }, (_, i) => conceptItem(`concept-${String(i).padStart(2, '0')}`));
	await syncContent(db, bundle('h1', items), MORNING - 86_400_000);
	return db;
}

describe('loadNextSteps', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(MORNING);
	});
	afterEach(() => vi.useRealTimers());

	it('offers the next step of new cards after the daily limit is used up', async () => {
		const db = await dbWithConcepts(20);
		const session = await ReviewSession.start(db, settings);
		await session.answer(4);
		await session.answer(4);
		expect(session.finished).toBe(true);
		const steps = await loadNextSteps(db, settings, session.extraNew, MORNING);
		expect(steps).toMatchObject({ moreNew: MORE_NEW_STEP, extraNew: MORE_NEW_STEP });
		const more = await ReviewSession.start(db, settings, { kind: 'today', extraNew: steps.extraNew });
		expect(more.counts.new).toBe(MORE_NEW_STEP);
	});

	it('offers no more new cards when the bank has none left, and raises the step from the last one', async () => {
		const db = await dbWithConcepts(2);
		const session = await ReviewSession.start(db, settings);
		await session.answer(4);
		await session.answer(4);
		expect(await loadNextSteps(db, settings, 10, MORNING)).toMatchObject({ moreNew: 0, extraNew: 20 });
	});

	it('knows whether an interview is planned from today on', async () => {
		const db = await dbWithConcepts(1);
		expect((await loadNextSteps(db, settings, 0, MORNING)).interviewPlanned).toBe(false);
		await saveInterview(
			db,
			{ name: 'Onsite', date: '2026-12-01', deckIds: [], setIds: [], minutesPerDay: 15, targetRetention: 0.9 },
			{ now: MORNING }
		);
		expect((await loadNextSteps(db, settings, 0, MORNING)).interviewPlanned).toBe(true);
	});
});
