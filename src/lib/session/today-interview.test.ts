import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS, saveInterview } from '$lib/db';
import { card, freshDb } from '$lib/db/testing';
import { studyDayOf, emptyInterviewDraft } from '$lib/srs';
import { loadToday } from './today';

const DAY = 86_400_000;
const NOW = Date.parse('2025-04-10T12:00:00Z');

it("counts cards an interview brings forward among Today's reviews", async () => {
	const db = await freshDb();
	// Due three days from now, about 90% recalled at tomorrow's interview: below its 95% target.
	// With the interview tomorrow, today is the only day left to bring them forward.
	const fading = (id: string) =>
		card(`${id}::main`, { phase: 'review', stability: 45, difficulty: 5, reps: 5, lastReview: NOW - 42 * DAY, due: NOW + 3 * DAY });
	await db.cards.bulkPut([fading('a'), fading('b'), card('due::main', { phase: 'review', stability: 5, difficulty: 5, reps: 2, lastReview: NOW - 5 * DAY, due: NOW - DAY })]);
	const settings = { ...DEFAULT_SETTINGS, learningSteps: ['1m'], relearningSteps: ['10m'] };
	expect((await loadToday(db, settings, NOW)).totals.review).toBe(1);
	await saveInterview(db, { ...emptyInterviewDraft(), name: 'Loop', date: studyDayOf(NOW + DAY, 4) }, { now: NOW });
	expect((await loadToday(db, settings, NOW)).totals.review).toBe(3);
});
