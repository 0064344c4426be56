// How well a set of FSRS weights predicts the user's own reviews, computed the same way for the
// current and the fitted weights so the two can be compared. Each training item's history before
// its last review gives a memory state; the forgetting curve at the last review's delta_t gives the
// predicted recall p; the outcome y is 1 unless the last rating was Again.
import { fsrsForWeights } from './weights';
import type { TrainingItem } from './items';

/** Predictions are kept inside (ε, 1 − ε) so one confident miss cannot make the loss infinite. */
const EPSILON = 1e-6;
/** Predicted recall is grouped into this many equal-width bins for the RMSE. */
const BINS = 20;

export interface FitMetrics {
	/** Mean binary cross-entropy of the predictions: lower is better. */
	logLoss: number;
	/**
	 * Calibration error: predictions grouped into 20 bins of predicted recall, then the root of the
	 * review-weighted mean squared gap between each bin's mean prediction and its actual recall rate.
	 */
	rmse: number;
	/** Items scored: those whose last review came a day or more after the one before. */
	count: number;
}

/**
 * Scores `weights` (null: the library's defaults) on `items`. Only day-level predictions count:
 * a same-day repeat is a learning step, not a test of memory.
 */
export function evaluateWeights(items: readonly TrainingItem[], weights: readonly number[] | null): FitMetrics {
	const fsrs = fsrsForWeights(weights);
	const sums = Array.from({ length: BINS }, () => ({ p: 0, y: 0, n: 0 }));
	let loss = 0;
	let count = 0;
	for (const { ratings, deltaTs } of items) {
		const last = ratings.length - 1;
		if (deltaTs[last] < 1) continue;
		let state = fsrs.next_state(null, 0, ratings[0]);
		for (let i = 1; i < last; i++) state = fsrs.next_state(state, deltaTs[i], ratings[i]);
		const p = Math.min(1 - EPSILON, Math.max(EPSILON, fsrs.forgetting_curve(deltaTs[last], state.stability)));
		const y = ratings[last] > 1 ? 1 : 0;
		loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
		const bin = sums[Math.min(BINS - 1, Math.floor(p * BINS))];
		bin.p += p;
		bin.y += y;
		bin.n++;
		count++;
	}
	if (count === 0) return { logLoss: Number.NaN, rmse: Number.NaN, count };
	let squared = 0;
	for (const bin of sums) if (bin.n) squared += bin.n * (bin.p / bin.n - bin.y / bin.n) ** 2;
	return { logLoss: loss / count, rmse: Math.sqrt(squared / count), count };
}
