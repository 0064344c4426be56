// Filler words in a spoken answer. Speech-to-text gives few commas, so context is judged from
// neighbouring words only, and the rules lean towards not counting: a nudge that cries wolf at
// "I'd like to" gets ignored.
import type { Token } from './text-normalize';

export interface FillerCount {
	word: string;
	count: number;
}

/** Spelling variants folded into the word reported. */
const SINGLE: Record<string, string> = {
	um: 'um',
	umm: 'um',
	ummm: 'um',
	uhm: 'um',
	hmm: 'um',
	uh: 'uh',
	uhh: 'uh',
	erm: 'erm',
	er: 'erm',
	errm: 'erm',
	basically: 'basically',
	actually: 'actually',
	literally: 'literally'
};

// "like" is a verb or a comparison after these ("I like", "we'd like", "looks like", "something
// like", "just like"); anywhere else it is counted as a filler.
const LIKE_NOT_FILLER_AFTER = new Set([
	'i', 'you', 'we', 'they', 'he', 'she', 'would', 'do', 'does', 'did', 'not', 'really', 'also', 'might', 'will', 'to',
	'feel', 'feels', 'felt', 'look', 'looks', 'looked', 'seem', 'seems', 'sound', 'sounds', 'something', 'anything',
	'nothing', 'just', 'more', 'much', 'exactly', 'things', 'stuff', 'is', 'are', 'was', 'were', 'be', 'if'
]);

// "the kind of index", "what sort of load": a determiner before makes it a noun, not a hedge.
const KIND_NOT_FILLER_AFTER = new Set([
	'a', 'an', 'the', 'this', 'that', 'these', 'those', 'what', 'which', 'any', 'some', 'every', 'each', 'one', 'same',
	'other', 'different', 'right', 'wrong', 'new', 'two', 'three', 'many', 'all'
]);

// "you know what the load is": an object after "know" means the words are doing work.
const KNOW_OBJECTS = new Set([
	'that', 'what', 'how', 'why', 'where', 'when', 'whether', 'if', 'which', 'who', 'about', 'the', 'this', 'it', 'them',
	'him', 'her', 'me', 'us', 'something', 'anything', 'nothing', 'exactly', 'your', 'my', 'our', 'their'
]);
const KNOW_QUESTION = new Set(['do', 'does', 'did', 'not', 'would', 'will', 'might']);

export interface FillerHit {
	word: string;
	/** Token indices the filler covers. */
	indices: number[];
}

/** Every filler in `tokens`, in order. */
export function findFillers(tokens: readonly Token[]): FillerHit[] {
	const hits: FillerHit[] = [];
	const at = (i: number) => tokens[i]?.norm;
	for (let i = 0; i < tokens.length; i++) {
		const word = tokens[i].norm;
		const single = SINGLE[word];
		if (single) hits.push({ word: single, indices: [i] });
		else if (word === 'like' && !LIKE_NOT_FILLER_AFTER.has(at(i - 1) ?? '')) hits.push({ word: 'like', indices: [i] });
		else if ((word === 'kind' || word === 'sort') && at(i + 1) === 'of' && !KIND_NOT_FILLER_AFTER.has(at(i - 1) ?? '')) {
			hits.push({ word: `${word} of`, indices: [i, i + 1] });
			i++;
		} else if (
			word === 'you' &&
			at(i + 1) === 'know' &&
			!KNOW_QUESTION.has(at(i - 1) ?? '') &&
			!KNOW_OBJECTS.has(at(i + 2) ?? '')
		) {
			hits.push({ word: 'you know', indices: [i, i + 1] });
			i++;
		}
	}
	return hits;
}

/** Counts per filler word, most frequent first (ties alphabetical, for a stable display). */
export function countFillers(hits: readonly FillerHit[]): FillerCount[] {
	const counts = new Map<string, number>();
	for (const hit of hits) counts.set(hit.word, (counts.get(hit.word) ?? 0) + 1);
	return [...counts]
		.map(([word, count]) => ({ word, count }))
		.sort((x, y) => y.count - x.count || x.word.localeCompare(y.word));
}
