// Scores a typed recall of a script: which must-say phrases made it, how close the wording is,
// what the diff looks like, and which grade to suggest (the user can always override it).
import type { ScriptItem } from '$lib/model';
import { SCORE_THRESHOLDS, suggestFromScore, type Grade } from '$lib/srs';
import { findPhrase } from './phrase-match';
import { stem } from './stem';
import { applySynonyms, compileSynonyms, tokenizeWith, type SynonymRules, type Token } from './text-normalize';
import { diffWords, type DiffOp } from './word-diff';

/** The part of a script item scoring reads; a whole ScriptItem fits. */
export type ScoredScript = Pick<ScriptItem, 'script' | 'mustSay' | 'synonyms'>;

export interface PhraseHit {
	phrase: string;
	present: boolean;
	/** Where the attempt says it (first occurrence), for marking; null when missing. */
	span: { start: number; end: number } | null;
	/** Said word for word (inflections, case and synonyms aside); false when rephrased or missing. */
	exact: boolean;
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
	stemmedRules: SynonymRules;
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
	const stemmedRules = stemRules(rules);
	const fold = (text: string) => folded(tokenizeWith(text, rules), stemmedRules);
	const fresh: PreparedScript = {
		script: item.script,
		mustSay: item.mustSay,
		rules,
		stemmedRules,
		tokens: fold(item.script),
		phrases: item.mustSay.map((phrase) => fold(phrase).map((t) => t.norm))
	};
	prepared.set(item, fresh);
	return fresh;
}

/** The synonym rules over stems, so an inflected synonym ("normalizing") counts as its canonical word. */
function stemRules(rules: SynonymRules): SynonymRules {
	const byFirst = new Map<string, { from: string[]; to: string[] }[]>();
	for (const list of rules.byFirst.values()) {
		for (const rule of list) {
			const from = rule.from.map(stem);
			byFirst.set(from[0], [...(byFirst.get(from[0]) ?? []), { from, to: rule.to.map(stem) }]);
		}
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.from.length - a.from.length);
	return { byFirst };
}

/** Tokens compared by stem, with the synonyms applied again over stems. */
function folded(tokens: Token[], stemmedRules: SynonymRules): Token[] {
	return applySynonyms(
		tokens.map((token) => ({ ...token, norm: stem(token.norm) })),
		stemmedRules
	);
}

/**
 * Scores a typed attempt at a script. Words compare by stem after folding case, punctuation,
 * contractions and the item's synonyms, so "indexed" says "indexes". A must-say phrase counts when
 * its content words are said close together in any order (see phrase-match.ts), anywhere in the
 * attempt; wording is compared by a word diff that counts a clause said elsewhere as matched.
 *
 * @example scoreRecall(item, 'That is the table; now the indexes …').summary → "3 of 3 key phrases · 91% match"
 */
export function scoreRecall(item: ScoredScript, attempt: string, opts: RecallOptions = {}): RecallScore {
	const script = prepare(item);
	let raw = tokenizeWith(attempt, script.rules);
	const ignore = opts.ignoreTokens;
	if (ignore && ignore.size > 0) raw = raw.filter((_, index) => !ignore.has(index));
	const tokens = folded(raw, script.stemmedRules);

	const words = tokens.map((t) => t.norm);
	const phrases: PhraseHit[] = item.mustSay.map((phrase, index) => {
		const found = findPhrase(words, script.phrases[index]);
		if (!found) return { phrase, present: false, span: null, exact: false };
		return { phrase, present: true, span: { start: tokens[found.from].start, end: tokens[found.to].end }, exact: found.exact };
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
