import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dayWindow, studyDayOf, emptyInterviewDraft, type InterviewDraft } from '$lib/srs';
import { loadStudyCandidates } from './cards';
import type { RehearseDb } from './database';
import {
	InterviewError,
	deleteInterview,
	interviewCards,
	interviewOverview,
	listInterviews,
	saveInterview
} from './interviews';
import type { CardRecord } from '$lib/model';
import { saveSet } from './sets';
import { card, conceptItem, freshDb } from './testing';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Later calls stay within 10 minutes of NOW: local time at NOW is on the hour, half or quarter hour
// in every zone, so they never cross into the next study day.
const NOW = Date.parse('2025-04-10T12:00:00Z');
const { start: DAY_START, end: DAY_END } = dayWindow(NOW, 4);
// Dates are local study days counted from NOW, so the tests hold in any time zone: the interview
// is two study days away, leaving today and tomorrow to bring cards forward (4am day start).
const INTERVIEW_DAY = studyDayOf(NOW + 2 * DAY, 4);
const YESTERDAY = studyDayOf(NOW - DAY, 4);

function draft(overrides: Partial<InterviewDraft> = {}): InterviewDraft {
	return { ...emptyInterviewDraft(), name: 'Stripe onsite', date: INTERVIEW_DAY, ...overrides };
}

/** A review card due three days from now, about 90% recalled on the interview day: below a 95% target. */
function fading(id: string, overrides: Partial<CardRecord> = {}): CardRecord {
	return card(`${id}::main`, {
		phase: 'review',
		stability: 45,
		difficulty: 5,
		reps: 5,
		lastReview: NOW - 42 * DAY,
		due: NOW + 3 * DAY,
		scheduledDays: 45,
		...overrides
	});
}

async function seed(db: RehearseDb, cards: CardRecord[]) {
	await db.cards.bulkPut(cards);
}

describe('saving interviews', () => {
	it('stores a valid interview and lists interviews soonest first', async () => {
		const db = await freshDb();
		await saveInterview(db, draft({ name: '  Later loop ', date: '2025-05-01', deckIds: ['sql', 'sql'] }), { now: NOW });
		const soon = await saveInterview(db, draft(), { now: NOW });
		const listed = await listInterviews(db);
		expect(listed.map((i) => i.name)).toEqual(['Stripe onsite', 'Later loop']);
		expect(listed[1].deckIds).toEqual(['sql']);
		await saveInterview(db, draft({ name: 'Stripe final' }), { id: soon.id, now: NOW + HOUR });
		const edited = (await listInterviews(db))[0];
		expect(edited).toMatchObject({ id: soon.id, name: 'Stripe final', createdAt: NOW });
		await deleteInterview(db, soon.id);
		expect((await listInterviews(db)).map((i) => i.name)).toEqual(['Later loop']);
	});

	it('rejects a draft with problems, naming each field, and writes nothing', async () => {
		const db = await freshDb();
		const attempt = saveInterview(db, draft({ name: ' ', date: YESTERDAY, minutesPerDay: 0 }), { now: NOW });
		await expect(attempt).rejects.toBeInstanceOf(InterviewError);
		const problems = await attempt.catch((e: InterviewError) => e.problems);
		expect(Object.keys(problems).sort()).toEqual(['date', 'minutesPerDay', 'name']);
		expect(await listInterviews(db)).toEqual([]);
	});
});

describe('interview scope', () => {
	it('covers its decks and the items of its sets, skipping suspended and archived cards', async () => {
		const db = await freshDb();
		await db.items.bulkPut(
			['picked', 'other'].map((id) => ({ ...conceptItem(id, { deck: 'python' }), origin: 'bundle' as const, hash: id, archived: 0 as const, updatedAt: 0 }))
		);
		await seed(db, [
			card('sql-a::main', { deck: 'sql' }),
			card('sql-b::main', { deck: 'sql', suspended: 1 }),
			card('picked::main', { deck: 'python' }),
			card('other::main', { deck: 'python' }),
			card('modeling::main', { deck: 'modeling', archived: 1 })
		]);
		const set = await saveSet(db, { name: 'Picked', itemIds: ['picked'] }, NOW);
		const interview = await saveInterview(db, draft({ deckIds: ['sql'], setIds: [set.id, 'deleted-set'] }), { now: NOW });
		expect((await interviewCards(db, interview, NOW)).map((c) => c.id).sort()).toEqual(['picked::main', 'sql-a::main']);
		const everything = await saveInterview(db, draft({ name: 'Any' }), { now: NOW });
		expect((await interviewCards(db, everything, NOW)).map((c) => c.id).sort()).toEqual(['other::main', 'picked::main', 'sql-a::main']);
	});
});

describe('cards brought forward in the daily queue', () => {
	it('adds fading cards of an upcoming interview within the daily budget, and keeps the day stable after answers', async () => {
		const db = await freshDb();
		// 1 minute a day at the default 20 s a card: 3 cards a day over two days.
		await saveInterview(db, draft({ minutesPerDay: 1 }), { now: NOW });
		await seed(db, [
			...['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id, i) => fading(id, { lastReview: NOW - (42 + i * 0.1) * DAY })),
			fading('fresh', { lastReview: NOW - DAY, stability: 100, due: NOW + 99 * DAY })
		]);

		const first = await loadStudyCandidates(db, DAY_START, DAY_END, NOW);
		expect(first.pulledForward).toHaveLength(3);
		expect(first.cards.map((c) => c.id)).toEqual(expect.arrayContaining(first.pulledForward!));
		expect(first.pulledForward).not.toContain('fresh::main');

		// Answer one of them: it leaves the plan, and no other card takes its place today.
		const [answered, ...rest] = first.pulledForward!;
		await db.cards.update(answered, { lastReview: NOW + 5 * MINUTE, due: NOW + 60 * DAY, stability: 60 });
		const again = await loadStudyCandidates(db, DAY_START, DAY_END, NOW + 10 * MINUTE);
		expect(again.pulledForward).toEqual(rest);

		const [status] = await interviewOverview(db, NOW + 10 * MINUTE);
		expect(status).toMatchObject({ daysLeft: 2, broughtForwardToday: 3 });
		expect(status.readiness.cards).toBe(9);
		expect(status.readiness.share).toBeGreaterThan(0.85);
		expect(status.readiness.share).toBeLessThan(0.95);
	});

	it('brings nothing forward once the interview day has come, but shows it on the day', async () => {
		const db = await freshDb();
		await saveInterview(db, draft(), { now: NOW });
		await seed(db, [fading('a')]);
		const onTheDay = NOW + 2 * DAY;
		const day = dayWindow(onTheDay, 4);
		expect((await loadStudyCandidates(db, day.start, day.end, onTheDay)).pulledForward).toEqual([]);
		expect((await interviewOverview(db, onTheDay)).map((s) => s.daysLeft)).toEqual([0]);
		expect(await interviewOverview(db, NOW + 3 * DAY)).toEqual([]);
	});

	it('plans again when an interview changes, without going over what was already brought forward today', async () => {
		const db = await freshDb();
		const interview = await saveInterview(db, draft({ minutesPerDay: 1 }), { now: NOW });
		await seed(db, Array.from({ length: 14 }, (_, i) => fading(`card-${i}`)));
		const first = await loadStudyCandidates(db, DAY_START, DAY_END, NOW);
		expect(first.pulledForward).toHaveLength(3);
		// Doubling the budget to 6 a day: tomorrow takes 6 and today 3 more, on top of the 3 already chosen.
		await saveInterview(db, draft({ minutesPerDay: 2 }), { id: interview.id, now: NOW });
		const second = await loadStudyCandidates(db, DAY_START, DAY_END, NOW);
		expect(second.pulledForward).toHaveLength(6);
		expect(second.pulledForward!.slice(0, 3)).toEqual(first.pulledForward);
	});
});
