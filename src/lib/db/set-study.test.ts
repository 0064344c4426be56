import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dayWindow, emptyInterviewDraft } from '$lib/srs';
import { saveInterview } from './interviews';
import { loadStudyCandidates } from './cards';
import type { CardRecord } from '$lib/model';
import { card, freshDb, review } from './testing';
import { cramCardsOfItems, loadSetStudyCandidates, setCardCounts } from './set-study';

const DAY = 86_400_000;
// A fixed study day: 04:00 to 04:00 the next day, "now" at 09:00.
const DAY_START = Date.UTC(2026, 10, 21, 4);
const DAY_END = DAY_START + DAY;
const NOW = DAY_START + 5 * 3_600_000;

const reviewCard = (id: string, due: number, extra: Partial<CardRecord> = {}) =>
	card(id, { phase: 'review', due, stability: 5, reps: 3, lastReview: due - 5 * DAY, ...extra });

async function seeded(cards: CardRecord[]) {
	const db = await freshDb();
	await db.cards.bulkPut(cards);
	return db;
}

describe('loadSetStudyCandidates', () => {
	it("takes only the set's due and new cards, never another item's", async () => {
		const db = await seeded([
			reviewCard('a::main', NOW - DAY),
			reviewCard('b::main', NOW + 2 * DAY),
			card('c::main'),
			reviewCard('outside::main', NOW - DAY),
			card('outside-new::main')
		]);
		const got = await loadSetStudyCandidates(db, ['a', 'b', 'c'], DAY_START, DAY_END, NOW, { newLimit: 20 });
		expect(got.cards.map((c) => c.id).sort()).toEqual(['a::main', 'c::main']);
	});

	it('counts a card due before the study day ends and leaves suspended and archived cards out', async () => {
		const db = await seeded([
			reviewCard('a::main', DAY_END - 1),
			reviewCard('b::main', NOW - DAY, { suspended: 1 }),
			reviewCard('c::main', NOW - DAY, { archived: 1 }),
			card('d::main', { suspended: 1 }),
			card('e::main', { phase: 'learning', due: NOW + 60_000 })
		]);
		const got = await loadSetStudyCandidates(db, ['a', 'b', 'c', 'd', 'e'], DAY_START, DAY_END, NOW, { newLimit: 20 });
		expect(got.cards.map((c) => c.id).sort()).toEqual(['a::main', 'e::main']);
	});

	it('offers one new card per item, none for an item studied today, up to the limit, in set order', async () => {
		const db = await seeded([
			card('t::row-1'),
			card('t::row-2'),
			card('u::main'),
			card('v::main'),
			card('w::main'),
			card('studied::main'),
			card('studied::other')
		]);
		await db.reviews.add(review('studied::other', NOW - 3_600_000, { phaseBefore: 'new' }));
		const got = await loadSetStudyCandidates(db, ['w', 't', 'studied', 'u', 'v'], DAY_START, DAY_END, NOW, { newLimit: 3 });
		expect(got.cards.map((c) => c.id)).toEqual(['w::main', 't::row-1', 'u::main']);
	});

	it("counts the whole day's reviews, not just the set's, so daily limits still hold", async () => {
		const db = await seeded([card('a::main')]);
		await db.reviews.bulkAdd([
			review('elsewhere::main', NOW - 1000, { phaseBefore: 'new' }),
			review('other::main', NOW - 2000, { phaseBefore: 'review' }),
			review('yesterday::main', DAY_START - 1000, { phaseBefore: 'new' })
		]);
		const got = await loadSetStudyCandidates(db, ['a'], DAY_START, DAY_END, NOW, { newLimit: 5 });
		expect(got.newIntroducedToday).toBe(1);
		expect(got.reviewsDoneToday).toBe(1);
		expect(got.answersToday).toBe(2);
		expect(got.itemsReviewedToday.sort()).toEqual(['elsewhere', 'other']);
	});

	it("brings forward the set's cards an upcoming interview needs today, and no others", async () => {
		// As in interviews.test.ts: an interview two days after a noon, eight review cards that would be
		// about 90% recalled on the day (below its 95% target), and a budget of three cards a day, so
		// three of them are brought forward today.
		// Noon in the machine's own zone: a UTC noon is before the 04:00 day start west of UTC−8.
		const noon = new Date(2025, 3, 10, 12).getTime();
		const { start, end } = dayWindow(noon, 4);
		const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
		const fading = (id: string, i: number) =>
			card(`${id}::main`, {
				phase: 'review',
				stability: 45,
				difficulty: 5,
				reps: 5,
				lastReview: noon - (42 + i * 0.1) * DAY,
				due: noon + 3 * DAY,
				scheduledDays: 45
			});
		const db = await seeded(ids.map(fading));
		await saveInterview(db, { ...emptyInterviewDraft(), name: 'Loop', date: '2025-04-12', minutesPerDay: 1 }, { now: noon });
		const everywhere = (await loadStudyCandidates(db, start, end, noon)).pulledForward ?? [];
		expect(everywhere).toHaveLength(3);
		const pulledItem = everywhere[0].split('::')[0];
		const waitingItem = ids.find((id) => !everywhere.includes(`${id}::main`))!;

		const got = await loadSetStudyCandidates(db, [pulledItem, waitingItem], start, end, noon, { newLimit: 5 });
		expect(got.pulledForward).toEqual([`${pulledItem}::main`]);
		expect(got.cards.map((c) => c.id)).toEqual([`${pulledItem}::main`]);
	});

	it('returns nothing for an empty set', async () => {
		const db = await seeded([card('a::main')]);
		const got = await loadSetStudyCandidates(db, [], DAY_START, DAY_END, NOW, { newLimit: 5 });
		expect(got.cards).toEqual([]);
	});
});

describe('cramCardsOfItems and setCardCounts', () => {
	it('gives every active card of the set whatever its due date, and counts them for the study page', async () => {
		const db = await seeded([
			reviewCard('a::main', NOW + 30 * DAY),
			reviewCard('b::main', NOW - DAY),
			card('c::main'),
			card('c::other', { suspended: 1 }),
			card('d::main', { archived: 1 }),
			reviewCard('outside::main', NOW - DAY)
		]);
		const ids = ['a', 'b', 'c', 'd'];
		expect((await cramCardsOfItems(db, ids)).map((c) => c.id)).toEqual(['a::main', 'b::main', 'c::main']);
		expect(await setCardCounts(db, ids, DAY_END)).toEqual({ cards: 3, due: 1, new: 1, suspended: 1 });
	});
});
