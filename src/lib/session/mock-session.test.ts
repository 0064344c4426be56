import { describe, expect, it } from 'vitest';
import type { SequenceStep } from '$lib/model';
import { MOCK_PROMPTS } from './mock-prompts';
import { MockSession, formatCountdown } from './mock-session.svelte';

const MIN = 60_000;
const steps: SequenceStep[] = [
	{ name: 'Access pattern analysis', minutes: { min: 3, max: 5 }, goal: 'Find the queries.' },
	{ name: 'Read/write ratio assessment', minutes: { min: 2, max: 3 }, goal: 'Learn the workload.' },
	{ name: 'Untimed wrap-up', minutes: null, goal: 'Close.' }
];

/** A clock the test moves by hand. */
function fakeClock(start = Date.UTC(2026, 2, 1, 10)) {
	let t = start;
	return { read: () => t, advance: (ms: number) => (t += ms) };
}

/** A session past its Start step, as the page has it once the user taps Start. */
function started(...args: ConstructorParameters<typeof MockSession>): MockSession {
	const mock = new MockSession(...args);
	mock.start();
	return mock;
}

describe('MockSession', () => {
	it('waits on a Start step: choosing a prompt does not start the clock', () => {
		const clock = fakeClock();
		const mock = new MockSession(MOCK_PROMPTS[0], steps, clock.read);
		expect([mock.stage, mock.phase, mock.inProgress]).toEqual(['ready', null, false]);
		clock.advance(2 * MIN);
		mock.tick();
		mock.next();
		expect(mock.stage).toBe('ready');

		mock.start();
		expect([mock.stage, mock.inProgress]).toEqual(['running', true]);
		expect(mock.remainingMs).toBe(5 * MIN);
		clock.advance(MIN);
		mock.tick();
		expect(mock.remainingMs).toBe(4 * MIN);
		mock.finishEarly();
		expect([mock.stage, mock.inProgress]).toEqual(['review', true]);
	});

	it('counts each phase down against the top of its budget and shows overtime', () => {
		const clock = fakeClock();
		const mock = started(MOCK_PROMPTS[0], steps, clock.read);
		expect(mock.phase?.name).toBe('Access pattern analysis');
		expect(mock.remainingMs).toBe(5 * MIN);

		clock.advance(4 * MIN);
		mock.tick();
		expect(mock.remainingMs).toBe(1 * MIN);
		expect(mock.overtime).toBe(false);

		clock.advance(2 * MIN);
		mock.tick();
		expect(mock.overtime).toBe(true);
		expect(formatCountdown(mock.remainingMs)).toBe('+1:00');
	});

	it('moves phase by phase, recording time spent and notes, then opens the self-review', () => {
		const clock = fakeClock();
		const mock = started(MOCK_PROMPTS[1], steps, clock.read);
		mock.setNote('reads: trips by rider, by zone-hour');
		clock.advance(3 * MIN);
		mock.next();
		expect(mock.phase?.number).toBe(2);
		expect(mock.remainingMs).toBe(3 * MIN);
		clock.advance(90_000);
		mock.next();
		expect(mock.phase?.budgetMs).toBe(3 * MIN);
		clock.advance(MIN);
		mock.next();

		expect(mock.stage).toBe('review');
		expect(mock.spentMs).toEqual([3 * MIN, 90_000, MIN]);
		expect(mock.totalSpentMs).toBe(5.5 * MIN);
		expect(mock.notes[0]).toBe('reads: trips by rider, by zone-hour');
	});

	it('maps missed checklist items to the phases whose scripts need practice', () => {
		const mock = started(MOCK_PROMPTS[2], steps, fakeClock().read);
		mock.finishEarly();
		expect(mock.stage).toBe('review');
		for (const item of mock.checklist) mock.answer(item.id, true);
		mock.answer('read-write', false);
		mock.answer('indexes', false);
		mock.answer('sql', false);
		mock.answer('trade-offs', false);
		expect(mock.missedPhases).toEqual([2, 3, 4]);
		mock.finish();
		expect(mock.stage).toBe('finished');
	});

	it('will not finish until every checklist item is answered', () => {
		const mock = started(MOCK_PROMPTS[3], steps, fakeClock().read);
		mock.finishEarly();
		mock.answer('access-first', false);
		mock.finish();
		expect(mock.stage).toBe('review');
		expect(mock.reviewComplete).toBe(false);
	});
});

describe('formatCountdown', () => {
	it('rounds a countdown up and overtime down', () => {
		expect(formatCountdown(4 * MIN + 4_500)).toBe('4:05');
		expect(formatCountdown(0)).toBe('0:00');
		expect(formatCountdown(-61_900)).toBe('+1:01');
	});
});
