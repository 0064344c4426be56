// Whether an attempt says a must-say phrase, allowing what keeps its meaning: the phrase's words in
// another order ("placed at descending, then customer id"), a word or two in between ("unique
// constraint on"), and the small words left out or swapped ("the delivery fee lives with the
// order"). Inflections and the item's synonyms are already folded by the caller (stems, canonical
// words). What must stay is every content word of the phrase, close together.

/** Words whose absence or swap leaves a phrase's meaning: articles, prepositions, pronouns, auxiliaries. */
const FUNCTION_WORDS = new Set([
	// "one" is said for "a" ("a row per order" says "one row per order").
	'a', 'an', 'one', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'into', 'onto', 'and', 'or',
	'is', 'are', 'be', 'been', 'was', 'were', 'am', 'it', 'its', 'this', 'that', 'these', 'those', 'there',
	'i', 'we', 'you', 'my', 'our', 'your', 'will', 'would', 'shall', 'so', 'just', 'do', 'does'
]);

/** How many other words may sit between a phrase's words when it is said in other words. */
const SLACK = 2;

export interface PhraseMatch {
	/** Token indices [from, to] (inclusive) of the attempt that say the phrase. */
	from: number;
	to: number;
	/** Said as the phrase runs, word for word (after folding), rather than rephrased. */
	exact: boolean;
}

function findRun(words: readonly string[], needle: readonly string[]): number {
	outer: for (let i = 0; i + needle.length <= words.length; i++) {
		for (let k = 0; k < needle.length; k++) if (words[i + k] !== needle[k]) continue outer;
		return i;
	}
	return -1;
}

/**
 * The words a rephrasing must keep: the content words, or every word when the phrase has fewer
 * than two content words ("unique on" keeps its "on": "unique" alone is said of many things).
 */
export function essentialWords(phrase: readonly string[]): string[] {
	const content = phrase.filter((word) => !FUNCTION_WORDS.has(word));
	return content.length >= 2 ? content : [...phrase];
}

/**
 * The first place `words` says `phrase` (both folded the same way), or null.
 *
 * @example findPhrase(['index', 'on', 'placed', 'at', 'then', 'customer', 'id'], ['customer', 'id', 'then', 'placed', 'at']) → { from: 2, to: 6, exact: false }
 */
export function findPhrase(words: readonly string[], phrase: readonly string[]): PhraseMatch | null {
	if (phrase.length === 0) return null;
	const run = findRun(words, phrase);
	if (run >= 0) return { from: run, to: run + phrase.length - 1, exact: true };

	const needed = new Map<string, number>();
	for (const word of essentialWords(phrase)) needed.set(word, (needed.get(word) ?? 0) + 1);
	const total = [...needed.values()].reduce((a, b) => a + b, 0);
	// The window is the phrase as written plus a little: its small words may be said or swapped.
	const span = Math.max(phrase.length, total) + SLACK;
	// The tightest window wins, so the span shown to the user is the rephrasing and not the words
	// before it that happen to repeat one of its words.
	let best: PhraseMatch | null = null;
	for (let i = 0; i < words.length; i++) {
		if (!needed.has(words[i])) continue;
		const left = new Map(needed);
		let missing = total;
		for (let j = i; j < Math.min(words.length, i + span); j++) {
			const count = left.get(words[j]);
			if (!count) continue;
			left.set(words[j], count - 1);
			if (--missing > 0) continue;
			if (!best || j - i < best.to - best.from) best = { from: i, to: j, exact: false };
			break;
		}
		// No later window can be tighter than the phrase itself.
		if (best && best.to - best.from + 1 === total) break;
	}
	return best;
}
