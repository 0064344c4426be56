import { newCardState } from './new-card';
import { schedule } from './schedule';
import type { CardState, ReviewEvent, SchedulerSettings } from '$lib/model';

/**
 * Rebuilds a card's state from its review log: the reviews, oldest first, applied to a new card
 * created at `createdAt`. With the settings the reviews were made under, the result equals the
 * stored state exactly, fuzz included: ts-fsrs seeds its fuzz from the review time, the card's reps
 * and its difficulty × stability, all of which replay reproduces bit for bit. With other settings
 * (a new retention target, fitted weights) it is the state those settings would have produced.
 *
 * Reviews with the same `reviewedAt` keep their given order (the sort is stable).
 */
export function replay(events: readonly ReviewEvent[], createdAt: number, settings: SchedulerSettings): CardState {
	const ordered = [...events].sort((a, b) => a.reviewedAt - b.reviewedAt);
	let state = newCardState(createdAt);
	for (const event of ordered) state = schedule(state, event.grade, event.reviewedAt, settings);
	return state;
}
