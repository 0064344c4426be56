// A light English stemmer for scoring recall: "indexes", "indexed" and "indexing" all become
// "index", "stores", "stored" and "storing" all become "stor". It only strips inflections (plural,
// past, -ing, third person, a final e) and never derivations ("normalise" stays apart from
// "normal"), because a wrong merge would let a different word count as said. Words in other
// scripts, short words and numbers are left alone.

const LATIN = /^[a-z]+$/;
/** Words whose ending looks inflected but is not: stripping it would merge them with another word. */
const KEEP = new Set(['this', 'has', 'was', 'is', 'as', 'us', 'its', 'yes', 'less', 'unless', 'thus', 'bus', 'plus', 'status', 'bias', 'alias', 'analysis', 'basis', 'axis', 'during', 'thing', 'nothing', 'something', 'everything', 'anything', 'string', 'bring', 'ring', 'king', 'red', 'bed', 'shed']);

/** Collapses a doubled final consonant left by stripping: "stopp" → "stop", "plann" → "plan". */
function undouble(word: string): string {
	const last = word.at(-1)!;
	return word.length > 3 && last === word.at(-2) && !'aeiouslz'.includes(last) ? word.slice(0, -1) : word;
}

/**
 * The stem two inflections of one word share.
 *
 * @example stem('indexes') === stem('indexing') === 'index'; stem('lives') === stem('living') === 'liv'
 */
export function stem(word: string): string {
	if (word.length <= 3 || !LATIN.test(word) || KEEP.has(word)) return word;
	let w = word;
	if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
	else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
	else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
	else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
	// "-eed" is part of the word (need, succeed, exceed): "succeeded" → "succeed", not "succe".
	else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
	// "store", "stored" and "storing" meet at "stor"; "index" and "indexes" at "index".
	if (w.endsWith('e') && w.length > 3 && !w.endsWith('ee')) w = w.slice(0, -1);
	return w;
}
