// Test factory: a review log simulated from FSRS itself, so tests have realistic data to fit.
// Not part of the public surface.
import { newCardState } from '../new-card';
import { schedule } from '../schedule';
import { schedulerSettings, type Grade, type SchedulerSettings } from '$lib/model';
import { fsrsForWeights } from './weights';
import type { LoggedReview } from './items';

const DAY = 86_400_000;

const SETTINGS: SchedulerSettings = schedulerSettings();

/** A small seeded generator (Park-Miller), so a "random" log is the same on every run. */
function seeded(seed: number): () => number {
	let state = seed;
	return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/**
 * `cards` cards studied from `start`, each reviewed when due (at a random hour of that day) until
 * `reviewsPerCard` reviews; recall succeeds with the probability FSRS predicts, and successes are
 * Good, sometimes Hard or Easy.
 */
export function simulatedLog(cards: number, reviewsPerCard: number, start: number, seed = 7): LoggedReview[] {
	const random = seeded(seed);
	const fsrs = fsrsForWeights(null);
	const log: LoggedReview[] = [];
	for (let c = 0; c < cards; c++) {
		const cardId = `card-${c}`;
		let state = newCardState(start);
		let at = start + Math.floor(random() * 10) * DAY;
		for (let r = 0; r < reviewsPerCard; r++) {
			const recall =
				state.phase === 'review' && state.lastReview !== null ? fsrs.forgetting_curve((at - state.lastReview) / DAY, state.stability) : 0.85;
			const roll = random();
			const grade: Grade = random() >= recall ? 1 : roll < 0.1 ? 2 : roll > 0.9 ? 4 : 3;
			log.push({ cardId, grade, reviewedAt: at, phaseBefore: state.phase });
			state = schedule(state, grade, at, SETTINGS);
			// Reviews land when due, at some hour of the day, sometimes a few days late.
			at = Math.max(at + 60_000, state.due) + Math.floor(random() * 3 * random()) * DAY + Math.floor(random() * 8) * 3_600_000;
		}
	}
	return log;
}
