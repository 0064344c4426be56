import { describe, expect, it } from 'vitest';
import {
	GRADES,
	formatInterval,
	newCardState,
	preview,
	schedule,
	type SchedulerSettings
} from './index';
import { schedulerSettings } from '$lib/model';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = Date.parse('2025-01-06T09:00:00Z');
const settings: SchedulerSettings = schedulerSettings();

describe('schedule', () => {
	it('moves a new card through the learning steps, then into review', () => {
		const again = schedule(newCardState(T0), 1, T0, settings);
		expect(again).toMatchObject({ phase: 'learning', due: T0 + MINUTE, reps: 1, lastReview: T0 });

		const good = schedule(newCardState(T0), 3, T0, settings);
		expect(good).toMatchObject({ phase: 'learning', due: T0 + 10 * MINUTE, learningSteps: 1 });

		const graduated = schedule(good, 3, good.due, settings);
		expect(graduated.phase).toBe('review');
		expect(graduated.scheduledDays).toBeGreaterThanOrEqual(1);
		expect(graduated.due).toBe(good.due + graduated.scheduledDays * DAY);
	});

	it('sends a forgotten review card to relearning and counts the lapse', () => {
		let card = schedule(newCardState(T0), 4, T0, settings);
		expect(card.phase).toBe('review');
		card = schedule(card, 1, card.due, settings);
		expect(card).toMatchObject({ phase: 'relearning', lapses: 1 });
		expect(card.due - (card.lastReview ?? 0)).toBe(10 * MINUTE);
	});

	it('reads only the scheduling fields and leaves its input untouched', () => {
		const record = { ...newCardState(T0), id: 'sql/joins-01::solve', itemId: 'sql/joins-01', extra: true };
		const copy = structuredClone(record);
		const next = schedule(record, 3, T0, settings);
		expect(record).toEqual(copy);
		expect(Object.keys(next).sort()).toEqual(Object.keys(newCardState(T0)).sort());
	});

	it('never schedules past the maximum interval, even for Easy', () => {
		// Regression: ts-fsrs forces Easy a day past Good, which stepped over a 5-day cap to 7 days.
		const capped = { ...settings, maximumInterval: 5 };
		let card = schedule(newCardState(T0), 4, T0, capped);
		for (let i = 0; i < 5; i++) card = schedule(card, 4, card.due, capped);
		expect(card.scheduledDays).toBe(5);
		expect(card.due).toBe(card.lastReview! + 5 * DAY);
		const options = preview(card, card.due, capped);
		expect([options[2], options[3], options[4]].map((o) => o.interval)).toEqual(['5d', '5d', '5d']);
	});

	it('rounds steps to whole minutes instead of letting ts-fsrs truncate them', () => {
		const odd = { ...settings, learningSteps: ['1.5h', '90s', '20s'] };
		expect(schedule(newCardState(T0), 1, T0, odd).due).toBe(T0 + 90 * MINUTE);
		const second = schedule(schedule(newCardState(T0), 3, T0, odd), 3, T0, odd);
		expect(second).toMatchObject({ phase: 'learning', due: T0 + MINUTE });
	});

	it('names the field and the step when a step cannot be read', () => {
		expect(() => schedule(newCardState(T0), 3, T0, { ...settings, relearningSteps: ['10 minutes'] })).toThrow(
			/relearningSteps step "10 minutes" is invalid/
		);
	});

	it('gives the same result for equal settings in different objects', () => {
		const a = schedule(newCardState(T0), 4, T0, { ...settings });
		const b = schedule(newCardState(T0), 4, T0, structuredClone(settings));
		expect(a).toEqual(b);
	});
});

describe('preview', () => {
	it('labels each grade with its next interval and agrees with schedule', () => {
		const options = preview(newCardState(T0), T0, settings);
		expect(options[1].interval).toBe('1m');
		expect(options[2].interval).toBe('6m');
		expect(options[3].interval).toBe('10m');
		expect(options[4].interval).toMatch(/^\d+d$/);
		for (const grade of GRADES) expect(options[grade].state).toEqual(schedule(newCardState(T0), grade, T0, settings));
	});

	it('shows day intervals for a review card, growing with the grade', () => {
		const card = schedule(newCardState(T0), 4, T0, settings);
		const at = card.due;
		const options = preview(card, at, settings);
		expect(options[1].interval).toBe('10m');
		const days = [2, 3, 4].map((g) => options[g as 2 | 3 | 4].state.scheduledDays);
		expect(days[0]).toBeLessThan(days[1]);
		expect(days[1]).toBeLessThan(days[2]);
		expect(options[3].interval).toBe(formatInterval(options[3].state.due - at));
	});
});

describe('formatInterval', () => {
	it.each([
		[30 * 1000, '<1m'],
		[MINUTE, '1m'],
		[10 * MINUTE, '10m'],
		[59.7 * MINUTE, '1h'],
		[90 * MINUTE, '1.5h'],
		[23 * 60 * MINUTE, '23h'],
		[DAY, '1d'],
		[3 * DAY, '3d'],
		[29 * DAY, '29d'],
		[45 * DAY, '1.5mo'],
		[63 * DAY, '2.1mo'],
		[364 * DAY, '1y'],
		[438 * DAY, '1.2y']
	])('labels %i ms as %s', (ms, label) => {
		expect(formatInterval(ms)).toBe(label);
	});
});
