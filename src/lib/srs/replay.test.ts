import { describe, expect, it } from 'vitest';
import {
	newCardState,
	replay,
	schedule,
	type CardState,
	type Grade,
	type ReviewEvent,
	type SchedulerSettings
} from './index';
import { schedulerSettings } from '$lib/model';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CREATED = Date.parse('2025-02-01T08:00:00Z');
const withFuzz: SchedulerSettings = schedulerSettings({ fuzz: true });
const noFuzz: SchedulerSettings = { ...withFuzz, fuzz: false };

/** Reviews a card live, as the session does, keeping both the stored state and the log. */
function live(steps: { grade: Grade; at: (card: CardState) => number }[], settings: SchedulerSettings) {
	let state = newCardState(CREATED);
	const events: ReviewEvent[] = [];
	for (const step of steps) {
		const reviewedAt = step.at(state);
		state = schedule(state, step.grade, reviewedAt, settings);
		events.push({ grade: step.grade, reviewedAt });
	}
	return { state, events };
}

const onDue = (card: CardState) => card.due;
const late = (days: number) => (card: CardState) => card.due + days * DAY + 3 * HOUR;

// Learning steps, graduation, long reviews (where fuzz applies), a lapse, relearning, recovery.
const history = [
	{ grade: 3, at: () => CREATED + HOUR },
	{ grade: 3, at: onDue },
	{ grade: 3, at: onDue },
	{ grade: 4, at: late(2) },
	{ grade: 3, at: onDue },
	{ grade: 1, at: late(10) },
	{ grade: 2, at: onDue },
	{ grade: 3, at: onDue },
	{ grade: 3, at: late(1) },
	{ grade: 4, at: onDue }
] satisfies { grade: Grade; at: (card: CardState) => number }[];

/** A small deterministic generator, so the randomised histories are the same on every run. */
function lcg(seed: number) {
	let s = seed >>> 0;
	return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('replay', () => {
	it('reproduces the stored state exactly with fuzz on, through learning steps and a lapse', () => {
		const { state, events } = live(history, withFuzz);
		expect(state.lapses).toBe(1);
		expect(replay(events, CREATED, withFuzz)).toEqual(state);
	});

	it('exercises fuzz: the same history without fuzz lands on different intervals', () => {
		const fuzzed = live(history, withFuzz);
		const plain = live(history, noFuzz);
		expect(fuzzed.state.due).not.toBe(plain.state.due);
	});

	it('reproduces the stored state whatever order the log comes in', () => {
		const { state, events } = live(history, withFuzz);
		const shuffled = [...events].reverse();
		expect(replay(shuffled, CREATED, withFuzz)).toEqual(state);
	});

	it('reproduces 200 random histories exactly', () => {
		const random = lcg(42);
		for (let n = 0; n < 200; n++) {
			const steps = Array.from({ length: 1 + Math.floor(random() * 15) }, () => ({
				grade: (1 + Math.floor(random() * 4)) as Grade,
				// Sometimes early, usually on time or late, as real reviews are.
				at: (card: CardState) => Math.max(card.lastReview ?? CREATED, card.due + Math.floor((random() - 0.2) * 5 * DAY))
			}));
			const { state, events } = live(steps, withFuzz);
			expect(replay(events, CREATED, withFuzz)).toEqual(state);
		}
	});

	it('returns a new card for an empty log', () => {
		expect(replay([], CREATED, withFuzz)).toEqual(newCardState(CREATED));
	});

	it('recomputes the state under new settings', () => {
		const { state, events } = live(history, noFuzz);
		const stricter = replay(events, CREATED, { ...noFuzz, desiredRetention: 0.97 });
		expect(stricter.scheduledDays).toBeLessThan(state.scheduledDays);
	});
});
