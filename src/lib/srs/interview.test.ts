import { describe, expect, it } from 'vitest';
import { schedulerSettings, type CardRecord } from '$lib/model';
import {
	DEFAULT_SECONDS_PER_CARD,
	cardsPerDay,
	daysUntil,
	interviewMoment,
	planPullForward,
	pullDaysLeft,
	readiness,
	secondsPerCard,
	type PullPlanInput
} from './interview';
import { newCardState } from './new-card';
import type { SchedulerSettings } from '$lib/model';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 10:00 UTC on 10 April; zone fixed at UTC and a 4am day start, so every date below is exact.
const NOW = Date.parse('2025-04-10T10:00:00Z');
const clock = { now: NOW, dayStartHour: 4, tzOffsetMinutes: 0 };
const scheduler: SchedulerSettings = schedulerSettings();
/** Interview at noon on 10 May: 30 study days (10 April to 9 May) to bring cards forward. */
const MAY_10 = { date: '2025-05-10', minutesPerDay: 60, targetRetention: 0.95 };
const MAY_10_NOON = Date.parse('2025-05-10T12:00:00Z');
const APRIL_11_NOON = Date.parse('2025-04-11T12:00:00Z');

/**
 * A review card last reviewed `daysBeforeInterview` before noon on 10 May, with `stability`; due
 * when its recall falls to 90%, which in FSRS is `stability` days after the review.
 */
function reviewCard(
	id: string,
	stability: number,
	daysBeforeInterview: number,
	extra: Partial<CardRecord> = {},
	interviewAt = MAY_10_NOON
): CardRecord {
	const lastReview = interviewAt - daysBeforeInterview * DAY;
	return {
		...newCardState(0),
		phase: 'review',
		stability,
		difficulty: 5,
		reps: 4,
		lastReview,
		due: lastReview + stability * DAY,
		scheduledDays: stability,
		id,
		itemId: id,
		variant: 'main',
		deck: 'sql',
		suspended: 0,
		archived: 0,
		createdAt: 0,
		...extra
	};
}

function plan(cards: CardRecord[], overrides: Partial<PullPlanInput> = {}) {
	return planPullForward({ ...clock, goal: MAY_10, cards, scheduler, seconds: 60, ...overrides });
}

describe('planPullForward', () => {
	it('brings forward only review cards not due before the interview whose recall on the day is below the target', () => {
		// Interview tomorrow: today is the only day left, so every pick lands today.
		const goal = { ...MAY_10, date: '2025-04-11' };
		const card = (id: string, stability: number, daysBefore: number, extra: Partial<CardRecord> = {}) =>
			reviewCard(id, stability, daysBefore, extra, APRIL_11_NOON);
		const cards = [
			card('fading', 40, 38), // due 2 days after the interview, about 90% on the day
			card('fading-more', 40, 39.5), // due just after the interview, lower still
			card('fresh', 100, 2), // about 99% on the day
			card('due-before', 10, 11), // due before the interview: the normal schedule has it
			card('suspended', 40, 38, { suspended: 1 }),
			card('archived', 40, 38, { archived: 1 }),
			{ ...card('learning', 40, 38), phase: 'learning' as const },
			{ ...card('never-seen', 0, 0), ...newCardState(0) }
		];
		expect(plan(cards, { goal }).today).toEqual(['fading-more', 'fading']);
	});

	it('fits today into the daily budget, counting cards already brought forward today', () => {
		const goal = { ...MAY_10, date: '2025-04-11', minutesPerDay: 2 };
		const cards = ['a', 'b', 'c', 'd', 'e'].map((id, i) => reviewCard(id, 40, 39 - i, {}, APRIL_11_NOON));
		// 2 minutes at 60 s a card: 2 cards a day; the lowest predicted recall (longest since review) first.
		expect(plan(cards, { goal })).toEqual({ today: ['a', 'b'], later: 0, unplanned: 3 });
		expect(plan(cards, { goal, alreadyToday: 1 }).today).toEqual(['a']);
		expect(plan(cards, { goal, alreadyToday: 5 }).today).toEqual([]);
		expect(plan(cards, { goal, exclude: new Set(['a']) }).today).toEqual(['b', 'c']);
	});

	it('puts reviews as close to the interview as the budget allows, leaving today free when later days have room', () => {
		const cards = Array.from({ length: 10 }, (_, i) => reviewCard(`card-${i}`, 60, 60));
		expect(plan(cards)).toEqual({ today: [], later: 10, unplanned: 0 });
	});

	it('uses today only for cards that a review today would still lift to the target', () => {
		// One card a day for 30 days. Stability 60, due on the day: a review today still gives about
		// 97% on the day, so today takes the 30th card and the 31st does not fit anywhere.
		const durable = Array.from({ length: 31 }, (_, i) => reviewCard(`durable-${String(i).padStart(2, '0')}`, 60, 60));
		expect(plan(durable, { goal: { ...MAY_10, minutesPerDay: 1 } })).toEqual({ today: ['durable-29'], later: 29, unplanned: 1 });
		// Stability 35, due on the day: reviewed 30 days early it reaches only about 93% on the day,
		// so it is not worth today's time; the cards that do not fit later stay unplanned.
		const fragile = Array.from({ length: 31 }, (_, i) => reviewCard(`fragile-${i}`, 35, 35));
		const result = plan(fragile, { goal: { ...MAY_10, minutesPerDay: 1 } });
		expect(result.today).toEqual([]);
		expect(result.later).toBeLessThan(30);
		expect(result.later + result.unplanned).toBe(31);
	});

	it('brings nothing forward on the interview day or after it', () => {
		const cards = [reviewCard('fading', 40, 38)];
		expect(plan(cards, { now: Date.parse('2025-05-09T12:00:00Z') }).today).toEqual(['fading']);
		expect(plan(cards, { now: Date.parse('2025-05-10T04:00:00Z') }).today).toEqual([]);
		expect(plan(cards, { now: Date.parse('2025-05-12T09:00:00Z') }).today).toEqual([]);
	});

	it('leaves cards alone when the target is no higher than their recall on the day', () => {
		const cards = [reviewCard('fading', 40, 38)];
		expect(plan(cards, { goal: { ...MAY_10, targetRetention: 0.85 } })).toEqual({ today: [], later: 0, unplanned: 0 });
	});
});

describe('readiness', () => {
	it('is the mean predicted recall on the day, with cards never studied counted as 0', () => {
		const cards = [
			reviewCard('at-stability', 12, 12), // FSRS defines stability as the interval to 90% recall
			reviewCard('just-reviewed', 30, 0), // 100%
			{ ...reviewCard('new', 1, 1), ...newCardState(0) },
			reviewCard('suspended', 12, 30, { suspended: 1 })
		];
		const result = readiness(cards, MAY_10, clock, scheduler);
		expect(result.cards).toBe(3);
		expect(result.notStarted).toBe(1);
		expect(result.share).toBeCloseTo((0.9 + 1 + 0) / 3, 6);
	});

	it('is 0 for an interview with no cards', () => {
		expect(readiness([], MAY_10, clock, scheduler)).toEqual({ share: 0, cards: 0, notStarted: 0 });
	});
});

describe('interview calendar', () => {
	it('takes the interview at local noon and counts the study days left before it', () => {
		const berlinSummer = -120;
		const { at, dayStart } = interviewMoment('2025-05-10', 4, berlinSummer);
		expect(new Date(at).toISOString()).toBe('2025-05-10T10:00:00.000Z');
		expect(new Date(dayStart).toISOString()).toBe('2025-05-10T02:00:00.000Z');
		expect(pullDaysLeft(NOW, interviewMoment('2025-04-11', 4, 0).dayStart)).toBe(1);
		expect(pullDaysLeft(NOW, interviewMoment('2025-05-10', 4, 0).dayStart)).toBe(30);
		expect(pullDaysLeft(NOW, interviewMoment('2025-04-10', 4, 0).dayStart)).toBe(0);
	});

	it('counts calendar days from the current study day', () => {
		expect(daysUntil('2025-04-22', clock)).toBe(12);
		expect(daysUntil('2025-04-10', clock)).toBe(0);
		// 02:00 on the 11th still belongs to the 10th's study day.
		expect(daysUntil('2025-04-11', { ...clock, now: Date.parse('2025-04-11T02:00:00Z') })).toBe(1);
		expect(daysUntil('2025-04-09', clock)).toBe(-1);
	});
});

describe('time per card', () => {
	it("uses the median of the user's answer times, ignoring abandoned ones", () => {
		const times = [...Array(15).fill(8000), ...Array(10).fill(12000), 3_600_000];
		expect(secondsPerCard(times)).toBe(8);
	});

	it('falls back to a default with too few answers', () => {
		expect(secondsPerCard([5000, 6000])).toBe(DEFAULT_SECONDS_PER_CARD);
	});

	it('turns minutes a day into whole cards', () => {
		expect(cardsPerDay(10, 20)).toBe(30);
		expect(cardsPerDay(1, 45)).toBe(1);
		expect(cardsPerDay(0, 20)).toBe(0);
	});
});
