import type { CardState } from '$lib/model';

/** The state of a card that has never been reviewed; it is available from `now`. */
export function newCardState(now: number): CardState {
	return {
		phase: 'new',
		due: now,
		stability: 0,
		difficulty: 0,
		elapsedDays: 0,
		scheduledDays: 0,
		learningSteps: 0,
		reps: 0,
		lapses: 0,
		lastReview: null
	};
}
