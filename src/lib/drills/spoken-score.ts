// Scores a script said aloud (from a transcript and how long it took): the typed-recall scores,
// plus speaking rate, fillers and pace against the script's target time.
import type { ScriptItem } from '$lib/model';
import { countFillers, findFillers, type FillerCount } from './fillers';
import { scoreRecall, type RecallScore, type ScoredScript } from './script-score';
import { compileSynonyms, surfaceWords, tokenizeWith } from './text-normalize';

export type SpokenScript = ScoredScript & Pick<ScriptItem, 'targetSeconds'>;

export type PaceVerdict = 'short' | 'onTarget' | 'long';

export interface SpokenScore extends RecallScore {
	wordsPerMinute: number;
	/** Fillers beyond any the script itself contains, most frequent first. */
	fillers: FillerCount[];
	pace: { verdict: PaceVerdict; seconds: number; targetSeconds: number; note: string } | null;
}

/** Within ±25% of the target counts as on target: a script is a shape, not a stopwatch. */
export const PACE_TOLERANCE = 0.25;
/** Conversational interview pace is about 130-160 words a minute; outside this band, say so. */
export const COMFORTABLE_WPM = { min: 110, max: 180 } as const;

/**
 * Scores a transcript of a script said aloud. Fillers are left out of the wording comparison (they
 * are reported instead), except as many of each as the script itself uses ("I'd like to" is no filler,
 * and a script that says "actually" may be said with it).
 */
export function scoreSpoken(item: SpokenScript, transcript: string, durationMs: number): SpokenScore {
	const rules = compileSynonyms(item.synonyms);
	const tokens = tokenizeWith(transcript, rules);
	const allowance = new Map(countFillers(findFillers(tokenizeWith(item.script, rules))).map((f) => [f.word, f.count]));

	const ignore = new Set<number>();
	const counted = findFillers(tokens).filter((hit) => {
		const left = allowance.get(hit.word) ?? 0;
		if (left > 0) {
			allowance.set(hit.word, left - 1);
			return false;
		}
		for (const index of hit.indices) ignore.add(index);
		return true;
	});

	const recall = scoreRecall(item, transcript, { ignoreTokens: ignore });
	const minutes = durationMs / 60_000;
	const wordsPerMinute = minutes > 0 ? Math.round(surfaceWords(transcript).length / minutes) : 0;
	return {
		...recall,
		wordsPerMinute,
		fillers: countFillers(counted),
		pace: paceOf(durationMs / 1000, item.targetSeconds, wordsPerMinute)
	};
}

function paceOf(seconds: number, targetSeconds: number, wordsPerMinute: number): SpokenScore['pace'] {
	if (!(targetSeconds > 0) || !(seconds > 0)) return null;
	const ratio = seconds / targetSeconds;
	const verdict: PaceVerdict = ratio < 1 - PACE_TOLERANCE ? 'short' : ratio > 1 + PACE_TOLERANCE ? 'long' : 'onTarget';
	const timing = `${Math.round(seconds)} s against a ${targetSeconds} s target`;
	const rate =
		wordsPerMinute > COMFORTABLE_WPM.max
			? ` at ${wordsPerMinute} words a minute: slow down so each point lands`
			: wordsPerMinute > 0 && wordsPerMinute < COMFORTABLE_WPM.min
				? ` at ${wordsPerMinute} words a minute: pick up the pace`
				: '';
	const advice = { short: 'Short', onTarget: 'On target', long: 'Long: tighten it' }[verdict];
	return { verdict, seconds, targetSeconds, note: `${advice}, ${timing}${rate}.` };
}
