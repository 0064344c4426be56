// Scores a typed recall of a script: which must-say phrases made it, how close the wording is,
// what the diff looks like, and which grade to suggest (the user can always override it).
import type { ScriptItem } from '$lib/model';
import { SCORE_THRESHOLDS, suggestFromScore, type Grade } from '$lib/srs';
import { compileSynonyms, tokenizeWith, type SynonymRules, type Token } from './text-normalize';
import { diffWords, type DiffOp } from './word-diff';

/** The part of a script item scoring reads; a whole ScriptItem fits. */
export type ScoredScript = Pick<ScriptItem, 'script' | 'mustSay' | 'synonyms'>;

export interface PhraseHit {
	phrase: string;
	present: boolean;
	/** Where the attempt says it (first occurrence), for marking; null when missing. */
	span: { start: number; end: number } | null;
}

export interface RecallScore {
	/** Share of must-say phrases present anywhere in the attempt (0-1); 1 when the script lists none. */
	coverage: number;
	missingPhrases: string[];
	presentPhrases: string[];
	phrases: PhraseHit[];
	/** 2·matched / (script words + attempt words), moved runs counted as matched (0-1). */
	similarity: number;
	diff: DiffOp[];
	suggestedGrade: Grade;
	/** "3 of 4 key phrases · 82% match" */
	summary: string;
	scriptWords: number;
	attemptWords: number;
	/** Script words said in place plus those said in a moved run. */
	matchedWords: number;
}

export interface RecallOptions {
	/**
	 * Indices into `tokenize(attempt, item.synonyms)` to leave out of the comparison; the aloud
	 * mode passes its fillers so an "um" costs nothing twice.
	 */
	ignoreTokens?: ReadonlySet<number>;
}

interface PreparedScript {
	script: string;
	mustSay: readonly string[];
	rules: SynonymRules;
	tokens: Token[];
	phrases: string[][];
}

// Tokenising the script and its phrases is most of the fixed cost; items are immutable once
// loaded, and the check below notices an edited copy reusing the same object.
const prepared = new WeakMap<object, PreparedScript>();

function prepare(item: ScoredScript): PreparedScript {
	const cached = prepared.get(item);
	if (cached && cached.script === item.script && cached.mustSay === item.mustSay) return cached;
	const rules = compileSynonyms(item.synonyms);
	const fresh: PreparedScript = {
		script: item.script,
		mustSay: item.mustSay,
		rules,
		tokens: tokenizeWith(item.script, rules),
		phrases: item.mustSay.map((phrase) => tokenizeWith(phrase, rules).map((t) => t.norm))
	};
	prepared.set(item, fresh);
	return fresh;
}

/** Index of the first occurrence of `needle` as a contiguous run in `words`, or -1. */
function findRun(words: readonly string[], needle: readonly string[]): number {
	if (needle.length === 0) return -1;
	outer: for (let i = 0; i + needle.length <= words.length; i++) {
		for (let k = 0; k < needle.length; k++) if (words[i + k] !== needle[k]) continue outer;
		return i;
	}
	return -1;
}

/**
 * Scores a typed attempt at a script. Phrases match on normalised words (case, punctuation,
 * contractions and the item's synonyms forgiven) in any position; wording is compared by a
 * word diff that counts a clause said in another place as matched.
 *
 * @example scoreRecall(item, 'That is the table; now the indexes …').summary → "3 of 3 key phrases · 91% match"
 */
export function scoreRecall(item: ScoredScript, attempt: string, opts: RecallOptions = {}): RecallScore {
	const script = prepare(item);
	let tokens = tokenizeWith(attempt, script.rules);
	const ignore = opts.ignoreTokens;
	if (ignore && ignore.size > 0) tokens = tokens.filter((_, index) => !ignore.has(index));

	const words = tokens.map((t) => t.norm);
	const phrases: PhraseHit[] = item.mustSay.map((phrase, index) => {
		const at = findRun(words, script.phrases[index]);
		const span = at < 0 ? null : { start: tokens[at].start, end: tokens[at + script.phrases[index].length - 1].end };
		return { phrase, present: at >= 0, span };
	});
	const presentPhrases = phrases.filter((p) => p.present).map((p) => p.phrase);
	const missingPhrases = phrases.filter((p) => !p.present).map((p) => p.phrase);

	const diff = diffWords({ text: item.script, tokens: script.tokens }, { text: attempt, tokens });
	const total = diff.scriptWords + diff.attemptWords;
	const matchedWords = diff.sameWords + diff.movedWords;
	const empty = tokens.length === 0;
	const similarity = empty || total === 0 ? 0 : (2 * matchedWords) / total;
	const coverage = empty ? 0 : phrases.length === 0 ? 1 : presentPhrases.length / phrases.length;
	const inPlace = total === 0 ? 0 : (2 * diff.sameWords) / total;

	return {
		coverage,
		missingPhrases,
		presentPhrases,
		phrases,
		similarity,
		diff: diff.ops,
		suggestedGrade: empty ? 1 : gradeOf(coverage, similarity, inPlace),
		summary: summarise(presentPhrases.length, phrases.length, similarity),
		scriptWords: diff.scriptWords,
		attemptWords: diff.attemptWords,
		matchedWords
	};
}

/** suggestFromScore, except that Easy means near-verbatim in the script's order, not just reordered. */
function gradeOf(coverage: number, similarity: number, inPlaceSimilarity: number): Grade {
	const grade = suggestFromScore(coverage, similarity);
	return grade === 4 && inPlaceSimilarity < SCORE_THRESHOLDS.easySimilarity ? 3 : grade;
}

function summarise(present: number, total: number, similarity: number): string {
	const match = `${Math.round(similarity * 100)}% match`;
	if (total === 0) return match;
	return `${present} of ${total} key ${total === 1 ? 'phrase' : 'phrases'} · ${match}`;
}
