// Turns free text into comparable word tokens. Every drill that compares wording (typed recall,
// aloud, cloze, grid cells) goes through here, so "I'd" and "I would" or "normalized" and
// "normalised" compare equal everywhere. Tokens keep the character span of the word they came
// from, so the UI can mark the user's own text without re-tokenising it.

/** A word as compared (`norm`) and where it sits in the source text (UTF-16 offsets, end exclusive). */
export interface Token {
	norm: string;
	start: number;
	end: number;
}

/** Canonical word or phrase → the alternatives accepted in its place (ScriptItem.synonyms). */
export type Synonyms = Readonly<Record<string, readonly string[]>>;

// Han, Hiragana and Katakana are written without spaces, so each character is its own token;
// everything else is split on runs of letters, digits and combining marks. An apostrophe inside a
// word (ASCII or typographic, as phones type it) keeps contractions and possessives whole.
const CJK = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u30FC`;
const WORD_CHAR = String.raw`(?:(?![${CJK}])[\p{L}\p{N}\p{M}])`;
const WORD_RE = new RegExp(String.raw`[${CJK}]|${WORD_CHAR}+(?:['’ʼ]${WORD_CHAR}+)*`, 'gu');

/** Words as they appear in `text`, with their spans: the raw material of every other function here. */
export function surfaceWords(text: string): { text: string; start: number; end: number }[] {
	const words: { text: string; start: number; end: number }[] = [];
	for (const match of text.matchAll(WORD_RE)) {
		words.push({ text: match[0], start: match.index, end: match.index + match[0].length });
	}
	return words;
}

// Irregular contractions first; the regular suffixes below cover the rest. Canonical form is the
// expanded one ("won't" → "will not"), so typing either compares equal.
const IRREGULAR: Record<string, string[]> = {
	"won't": ['will', 'not'],
	"can't": ['can', 'not'],
	"shan't": ['shall', 'not'],
	"ain't": ['is', 'not'],
	"let's": ['let', 'us'],
	"y'all": ['you', 'all'],
	cannot: ['can', 'not']
};

// "'s" is only expanded after these words; elsewhere it is a possessive ("customer's" stays one word).
const IS_HOSTS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this', 'when', 'why']);

const SUFFIXES: [suffix: string, expansion: string][] = [
	["n't", 'not'],
	["'re", 'are'],
	["'ve", 'have'],
	["'ll", 'will'],
	// Ambiguous ("I'd said" is "had"), but "would" is by far the commoner in spoken answers.
	["'d", 'would'],
	["'m", 'am']
];

// Latin, Greek and Cyrillic accents only (U+0300-036F): "naïve" ≡ "naive", "ё" ≡ "е". Marks of
// other scripts (Devanagari vowel signs, the virama) carry meaning and are kept.
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;

function foldWord(word: string): string {
	return word
		.normalize('NFKD')
		.replace(COMBINING_DIACRITICS, '')
		.normalize('NFC')
		.toLowerCase()
		.replace(/[’ʼ]/g, "'");
}

/** The canonical words one surface word stands for: usually itself, two for a contraction. */
function expandWord(word: string): string[] {
	const folded = foldWord(word);
	if (!folded.includes("'")) return IRREGULAR[folded] ?? [folded];
	const irregular = IRREGULAR[folded];
	if (irregular) return irregular;
	for (const [suffix, expansion] of SUFFIXES) {
		if (folded.endsWith(suffix) && folded.length > suffix.length) {
			return [...expandWord(folded.slice(0, -suffix.length)), expansion];
		}
	}
	if (folded.endsWith("'s")) {
		const host = folded.slice(0, -2);
		if (IS_HOSTS.has(host)) return [host, 'is'];
	}
	// Possessives and anything else: drop the apostrophe so "customer's" ≡ "customers".
	return [folded.replace(/'/g, '')];
}

/** Compiled synonym rules: alternative token sequence → canonical token sequence, longest first. */
export interface SynonymRules {
	byFirst: Map<string, { from: string[]; to: string[] }[]>;
}

const compiled = new WeakMap<object, SynonymRules>();
const NO_RULES: SynonymRules = { byFirst: new Map() };

/**
 * Compiles `canonical → alternatives` into rules that rewrite alternatives to the canonical form.
 * Memoised per synonyms object, so scoring the same item again does not recompile.
 */
export function compileSynonyms(synonyms: Synonyms | undefined): SynonymRules {
	if (!synonyms) return NO_RULES;
	const cached = compiled.get(synonyms);
	if (cached) return cached;
	const byFirst = new Map<string, { from: string[]; to: string[] }[]>();
	for (const [canonical, alternatives] of Object.entries(synonyms)) {
		const to = baseTokens(canonical).map((t) => t.norm);
		for (const alternative of alternatives) {
			const from = baseTokens(alternative).map((t) => t.norm);
			if (from.length === 0 || to.length === 0) continue;
			const list = byFirst.get(from[0]) ?? [];
			list.push({ from, to });
			byFirst.set(from[0], list);
		}
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.from.length - a.from.length);
	const rules = { byFirst };
	compiled.set(synonyms, rules);
	return rules;
}

/** Tokens with contractions expanded but no synonyms applied. */
function baseTokens(text: string): Token[] {
	const tokens: Token[] = [];
	for (const word of surfaceWords(text)) {
		for (const norm of expandWord(word.text)) tokens.push({ norm, start: word.start, end: word.end });
	}
	return tokens;
}

/** Rewrites every alternative in `tokens` to its canonical words (they share the alternative's span). */
export function applySynonyms(tokens: Token[], rules: SynonymRules): Token[] {
	if (rules.byFirst.size === 0) return tokens;
	const out: Token[] = [];
	for (let i = 0; i < tokens.length; ) {
		const rule = rules.byFirst.get(tokens[i].norm)?.find((r) => r.from.every((w, k) => tokens[i + k]?.norm === w));
		if (!rule) {
			out.push(tokens[i++]);
			continue;
		}
		// The canonical words share the span of the alternative the user wrote.
		const start = tokens[i].start;
		const end = tokens[i + rule.from.length - 1].end;
		for (const norm of rule.to) out.push({ norm, start, end });
		i += rule.from.length;
	}
	return out;
}

/**
 * Lowercased, punctuation-free, contraction-expanded, synonym-canonicalised tokens of `text`.
 *
 * @example tokenize("I'd use GIN.") → [i, would, use, gin] (the first two share the span of "I'd")
 */
export function tokenize(text: string, synonyms?: Synonyms): Token[] {
	return tokenizeWith(text, compileSynonyms(synonyms));
}

/** `tokenize` with rules compiled once by the caller (scoring compiles per item, not per call). */
export function tokenizeWith(text: string, rules: SynonymRules): Token[] {
	return applySynonyms(baseTokens(text), rules);
}

/** Just the compared words: `normalizeWords("Won't do!")` → ["will", "not", "do"]. */
export function normalizeWords(text: string, synonyms?: Synonyms): string[] {
	return tokenize(text, synonyms).map((t) => t.norm);
}
