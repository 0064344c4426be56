// Factories for stats tests: rows with sensible defaults, overridden per test.
import type { CardFact, ReviewFact, StatsClock } from './types';

/** Wednesday 18 March 2026, noon UTC; study days start at 04:00 UTC. */
export const NOW = Date.parse('2026-03-18T12:00:00Z');
export const CLOCK: StatsClock = { now: NOW, dayStartHour: 4, tz: 0 };
export const DAY = 86_400_000;

export const at = (iso: string) => Date.parse(iso);

export function review(reviewedAt: number, fields: Partial<ReviewFact> = {}): ReviewFact {
	return { cardId: 'a::main', grade: 3, reviewedAt, phaseBefore: 'review', durationMs: 10_000, ...fields };
}

export function card(fields: Partial<CardFact> = {}): CardFact {
	return {
		id: 'a::main',
		itemId: 'a',
		deck: 'sql',
		phase: 'review',
		due: NOW + DAY,
		stability: 10,
		scheduledDays: 5,
		lapses: 0,
		lastReview: NOW - 5 * DAY,
		suspended: 0,
		archived: 0,
		...fields
	};
}
