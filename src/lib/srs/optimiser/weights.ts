// FSRS weights as the optimiser returns them and as ts-fsrs takes them.
import { fsrsFor } from '../fsrs-adapter';
import { schedulerSettings, type SchedulerSettings } from '$lib/model';

/** Scheduler settings that only the memory model reads: the weights decide everything measured here. */
const MODEL_ONLY: SchedulerSettings = schedulerSettings();

/** An FSRS instance for these weights (null: the library's defaults). */
export function fsrsForWeights(weights: readonly number[] | null) {
	return fsrsFor({ ...MODEL_ONLY, weights: weights ? [...weights] : null });
}

/** The weights ts-fsrs actually uses for `weights`: the defaults for null, older 17/19-weight sets migrated to 21. */
export function effectiveWeights(weights: readonly number[] | null): number[] {
	return [...fsrsForWeights(weights).parameters.w];
}

/** ts-fsrs accepts 17 (FSRS-4.5), 19 (FSRS-5) or 21 (FSRS-6) weights. */
export const ACCEPTED_WEIGHT_COUNTS = [17, 19, 21] as const;

/**
 * The optimiser's float32 output as plain numbers, rounded to 4 decimals (the precision FSRS tools
 * show and store, and far below what changes a schedule). Throws on a count ts-fsrs cannot take or
 * on a value that is not finite, so a broken run never reaches the settings.
 */
export function weightsFromOptimiser(raw: ArrayLike<number>): number[] {
	const weights = Array.from(raw, (w) => Math.round(w * 10_000) / 10_000);
	if (!(ACCEPTED_WEIGHT_COUNTS as readonly number[]).includes(weights.length)) {
		throw new Error(`The optimiser returned ${weights.length} weights; expected 17, 19 or 21.`);
	}
	if (!weights.every(Number.isFinite)) throw new Error('The optimiser returned weights that are not numbers.');
	return weights;
}
