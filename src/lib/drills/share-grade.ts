// A suggested grade for drills scored as a share of parts right (cloze blanks, grid cells, steps in
// place, a self-ticked checklist). These drills show part of the answer, so a perfect round is Good,
// never Easy: Easy is for recalling the whole thing unaided.
import { SCORE_THRESHOLDS, type Grade } from '$lib/srs';

/**
 * @example suggestFromShare(3, 3) → 3 (Good); suggestFromShare(2, 3) → 2 (Hard); suggestFromShare(1, 3) → 1 (Again)
 */
export function suggestFromShare(right: number, total: number): Grade {
	if (total <= 0) return 3;
	const share = right / total;
	if (share >= 1) return 3;
	return share >= SCORE_THRESHOLDS.againBelowCoverage ? 2 : 1;
}
