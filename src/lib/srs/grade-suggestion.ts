// Drills that check the answer (SQL, Python, typed recall) suggest a grade; the user can override it.
import type { Grade } from '$lib/model';

export interface AttemptOutcome {
	passed: boolean;
	/** Attempts made, the passing one included (1 = first try). */
	tries: number;
	hintsUsed: number;
	/** Time from prompt shown to pass (or give-up), ms. */
	durationMs: number;
	/** The time a prepared candidate would take; null when the drill has none, so it is never Easy. */
	targetMs: number | null;
}

/**
 * Failed → Again; passed with a hint or after more than one try → Hard; passed on the first try
 * without hints in under half the target time → Easy; otherwise passed → Good.
 */
export function suggestGrade(outcome: AttemptOutcome): Grade {
	if (!outcome.passed) return 1;
	if (outcome.hintsUsed > 0 || outcome.tries > 1) return 2;
	if (outcome.targetMs !== null && outcome.durationMs < outcome.targetMs / 2) return 4;
	return 3;
}

/**
 * Thresholds for typed recall of a script. `coverage` is the share of must-say key phrases present
 * (0-1, phrases matched on stems, synonyms and word order: see drills/phrase-match.ts),
 * `similarity` how close the wording is to the script (0-1). Missing key phrases is what fails an
 * interview answer, so coverage weighs more than wording, and a single missing phrase rules out
 * Good (scripts list 3-5 phrases, so any partial coverage lands in Hard or Again). A fair
 * paraphrase that keeps every key phrase shares 55-95% of the script's words, an answer that
 * misses the point under 20% (drills/recall-corpus.cases.ts):
 * - coverage < 0.6 or similarity < 0.25 → Again
 * - coverage 1 and similarity ≥ 0.95 → Easy (every phrase, near-verbatim)
 * - coverage 1 and similarity ≥ 0.5 → Good (every phrase, in the user's own words)
 * - anything else → Hard (say, the key phrases alone, without the reasoning around them)
 */
export const SCORE_THRESHOLDS = {
	againBelowCoverage: 0.6,
	againBelowSimilarity: 0.25,
	easyCoverage: 1,
	easySimilarity: 0.95,
	goodCoverage: 1,
	goodSimilarity: 0.5
} as const;

export function suggestFromScore(coverage: number, similarity: number): Grade {
	const t = SCORE_THRESHOLDS;
	if (coverage < t.againBelowCoverage || similarity < t.againBelowSimilarity) return 1;
	if (coverage >= t.easyCoverage && similarity >= t.easySimilarity) return 4;
	if (coverage >= t.goodCoverage && similarity >= t.goodSimilarity) return 3;
	return 2;
}
