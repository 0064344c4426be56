import { describe, expect, it } from 'vitest';
import {
	buildQueue,
	newCardState,
	nextAfterAnswer,
	nextCard,
	queueCounts,
	type CardPhase,
	type QueueEntry,
	type QueueInput,
	type StudyLimits
} from './index';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// 10:00 UTC; with a 4am day start at offset 0 the study day ends tomorrow at 04:00.
const NOW = Date.parse('2025-04-10T10:00:00Z');
const DAY_END = Date.parse('2025-04-11T04:00:00Z');
const limits: StudyLimits = { newPerDay: 20, reviewsPerDay: 200, dayStartHour: 4 };

/** A card of its own item unless `item` is given; due relative to NOW. */
function card(id: string, phase: CardPhase, dueIn: number, extra: Partial<QueueEntry> = {}): QueueEntry {
	const itemId = extra.itemId ?? id;
	return {
		...newCardState(NOW - 30 * DAY),
		phase,
		due: NOW + dueIn,
		reps: phase === 'new' ? 0 : 3,
		id: `${itemId}::${id}`,
		itemId,
		variant: id,
		deck: 'sql',
		suspended: 0,
		archived: 0,
		createdAt: NOW - 30 * DAY,
		...extra
	};
}

function queue(cards: QueueEntry[], overrides: Partial<QueueInput> = {}): string[] {
	return buildQueue({
		cards,
		newIntroducedToday: 0,
		reviewsDoneToday: 0,
		itemsReviewedToday: new Set(),
		limits,
		now: NOW,
		tzOffsetMinutes: 0,
		...overrides
	}).map((c) => c.variant);
}

describe('buildQueue', () => {
	it('puts due learning cards first, then reviews most overdue first, then learning due later', () => {
		const cards = [
			card('review-today', 'review', 5 * HOUR),
			card('learning-later', 'learning', 30 * MINUTE),
			card('review-overdue', 'review', -3 * DAY),
			card('relearning-due', 'relearning', -2 * MINUTE),
			card('learning-due', 'learning', -10 * MINUTE),
			card('review-yesterday', 'review', -DAY)
		];
		expect(queue(cards)).toEqual([
			'learning-due',
			'relearning-due',
			'review-overdue',
			'review-yesterday',
			'review-today',
			'learning-later'
		]);
	});

	it('includes reviews due before the study day ends and leaves the rest for tomorrow', () => {
		const cards = [
			card('before-4am', 'review', DAY_END - NOW - MINUTE),
			card('at-4am', 'review', DAY_END - NOW),
			card('learning-tomorrow', 'learning', DAY_END - NOW + MINUTE)
		];
		expect(queue(cards)).toEqual(['before-4am']);
	});

	it('moves the day boundary with the day start hour: 03:59 is still yesterday', () => {
		const at359 = Date.parse('2025-04-11T03:59:00Z');
		const due = card('due-0400', 'review', Date.parse('2025-04-11T04:30:00Z') - NOW);
		expect(queue([due], { now: at359 })).toEqual([]);
		expect(queue([due], { now: at359 + 2 * MINUTE })).toEqual(['due-0400']);
	});

	it('spreads new cards evenly between reviews', () => {
		const reviews = Array.from({ length: 6 }, (_, i) => card(`r${i}`, 'review', -(6 - i) * HOUR));
		const fresh = Array.from({ length: 2 }, (_, i) => card(`n${i}`, 'new', i));
		expect(queue([...fresh, ...reviews])).toEqual(['r0', 'r1', 'n0', 'r2', 'r3', 'n1', 'r4', 'r5']);
	});

	it('shows only new cards when there are no reviews, in creation order', () => {
		const fresh = [card('b', 'new', 2), card('a', 'new', 1), card('c', 'new', 3)];
		expect(queue(fresh)).toEqual(['a', 'b', 'c']);
	});

	it('counts new cards already introduced today against the new-card limit', () => {
		const fresh = Array.from({ length: 10 }, (_, i) => card(`n${i}`, 'new', i));
		expect(queue(fresh, { limits: { ...limits, newPerDay: 5 } })).toHaveLength(5);
		expect(queue(fresh, { limits: { ...limits, newPerDay: 5 }, newIntroducedToday: 3 })).toEqual(['n0', 'n1']);
		expect(queue(fresh, { limits: { ...limits, newPerDay: 5 }, newIntroducedToday: 7 })).toEqual([]);
	});

	it('counts reviews already done today against the review limit, but never limits learning cards', () => {
		const cards = [
			...Array.from({ length: 10 }, (_, i) => card(`r${i}`, 'review', -i * HOUR)),
			card('learning', 'learning', -MINUTE)
		];
		const limited = { ...limits, reviewsPerDay: 4 };
		expect(queue(cards, { limits: limited, reviewsDoneToday: 2 })).toEqual(['learning', 'r9', 'r8']);
		expect(queue(cards, { limits: limited, reviewsDoneToday: 9 })).toEqual(['learning']);
	});

	it('buries siblings: one new or review card per item per day', () => {
		const cards = [
			card('row-a', 'review', -2 * DAY, { itemId: 'table-1' }),
			card('row-b', 'review', -DAY, { itemId: 'table-1' }),
			card('grid', 'new', 0, { itemId: 'table-1' }),
			card('other', 'new', 0, { itemId: 'table-2' })
		];
		expect(queue(cards)).toEqual(['row-a', 'other']);
	});

	it('buries the siblings of an item answered earlier today, but keeps its learning cards', () => {
		const cards = [
			card('step-1', 'learning', -MINUTE, { itemId: 'seq' }),
			card('step-2', 'review', -DAY, { itemId: 'seq' }),
			card('order', 'new', 0, { itemId: 'seq' }),
			card('solo', 'review', -DAY, { itemId: 'concept' })
		];
		expect(queue(cards, { itemsReviewedToday: new Set(['seq']) })).toEqual(['step-1', 'solo']);
	});

	it('buries the siblings of a card still in learning, even if not answered today', () => {
		const cards = [
			card('relearning', 'relearning', -HOUR, { itemId: 'x' }),
			card('review', 'review', -DAY, { itemId: 'x' })
		];
		expect(queue(cards)).toEqual(['relearning']);
	});

	it('leaves out suspended and archived cards', () => {
		const cards = [
			card('suspended', 'review', -DAY, { suspended: 1 }),
			card('archived', 'learning', -MINUTE, { archived: 1 }),
			card('archived-new', 'new', 0, { archived: 1 }),
			card('kept', 'review', -DAY)
		];
		expect(queue(cards)).toEqual(['kept']);
	});

	it('uses a given day end instead of computing one', () => {
		const cards = [card('in-two-hours', 'review', 2 * HOUR)];
		expect(queue(cards, { dayEnd: NOW + HOUR })).toEqual([]);
	});
});

describe('during a session', () => {
	const learningLater = card('learning-later', 'learning', 10 * MINUTE);
	const review = card('review', 'review', -DAY);

	it('shows a learning card once it comes due, ahead of the remaining reviews', () => {
		const q = [review, learningLater];
		expect(nextCard(q, NOW)?.variant).toBe('review');
		expect(nextCard(q, NOW + 10 * MINUTE)?.variant).toBe('learning-later');
	});

	it('learns ahead only when nothing else is left, then waits', () => {
		expect(nextCard([learningLater], NOW)?.variant).toBe('learning-later');
		const farLater = card('far', 'learning', 3 * HOUR);
		expect(nextCard([farLater], NOW)).toBeNull();
	});

	it('brings a card that lapsed back later today and buries its siblings', () => {
		const sibling = card('sibling', 'new', 0, { itemId: 'review' });
		const other = card('other', 'review', -HOUR);
		const start = [review, sibling, other];
		const lapsed: QueueEntry = { ...review, phase: 'relearning', due: NOW + 10 * MINUTE, lapses: 1 };
		const after = nextAfterAnswer(start, lapsed, DAY_END);
		expect(after.map((c) => c.variant)).toEqual(['other', 'review']);
		expect(after[1]).toBe(lapsed);
		expect(nextCard(after, NOW + MINUTE)?.variant).toBe('other');
		expect(nextCard(after, NOW + 11 * MINUTE)?.variant).toBe('review');
	});

	it('drops a card that graduated and keeps learning cards sorted by due', () => {
		const a = card('a', 'learning', 5 * MINUTE);
		const b = card('b', 'learning', 30 * MINUTE);
		const graduated: QueueEntry = { ...review, due: NOW + 3 * DAY };
		expect(nextAfterAnswer([review, a, b], graduated, DAY_END).map((c) => c.variant)).toEqual(['a', 'b']);
		const again: QueueEntry = { ...b, due: NOW + 15 * MINUTE };
		const c = card('c', 'learning', 60 * MINUTE);
		expect(nextAfterAnswer([a, b, c], { ...again }, DAY_END).map((x) => x.variant)).toEqual(['a', 'b', 'c']);
		expect(nextAfterAnswer([a, c, b], { ...b, due: NOW + 90 * MINUTE }, DAY_END).map((x) => x.variant)).toEqual([
			'a',
			'c',
			'b'
		]);
	});

	it('leaves a learning card whose next step falls after the day ends for tomorrow', () => {
		const late: QueueEntry = { ...learningLater, due: DAY_END + MINUTE };
		expect(nextAfterAnswer([learningLater], late, DAY_END)).toEqual([]);
	});

	it('counts new, learning and review cards for the Today screen', () => {
		const cards = [
			card('n', 'new', 0),
			card('l', 'learning', -MINUTE),
			card('rl', 'relearning', HOUR),
			card('r1', 'review', -DAY),
			card('r2', 'review', -HOUR)
		];
		const built = buildQueue({
			cards,
			newIntroducedToday: 0,
			reviewsDoneToday: 0,
			itemsReviewedToday: new Set(),
			limits,
			now: NOW,
			tzOffsetMinutes: 0
		});
		expect(queueCounts(built)).toEqual({ new: 1, learning: 2, review: 2 });
	});
});

describe('buildQueue with cards brought forward for an interview', () => {
	it('queues them after the due reviews, outside the review limit, and leaves other future reviews out', () => {
		const cards = [
			card('due', 'review', -DAY),
			card('pulled-b', 'review', 9 * DAY),
			card('pulled-a', 'review', 20 * DAY),
			card('not-pulled', 'review', 5 * DAY)
		];
		const pulledForward = new Set(['pulled-a::pulled-a', 'pulled-b::pulled-b']);
		expect(queue(cards, { pulledForward, cards: [cards[0], cards[2], cards[1], cards[3]] })).toEqual(['due', 'pulled-a', 'pulled-b']);
		expect(queue(cards, { pulledForward, limits: { ...limits, reviewsPerDay: 0 } })).toEqual(['pulled-b', 'pulled-a']);
		expect(queueCounts(buildQueue({ cards, newIntroducedToday: 0, reviewsDoneToday: 0, itemsReviewedToday: new Set(), limits, now: NOW, tzOffsetMinutes: 0, pulledForward })).review).toBe(3);
	});

	it('buries a pulled card whose item was answered today', () => {
		const cards = [card('pulled', 'review', 9 * DAY)];
		expect(queue(cards, { pulledForward: new Set(['pulled::pulled']), itemsReviewedToday: new Set(['pulled']) })).toEqual([]);
	});
});
