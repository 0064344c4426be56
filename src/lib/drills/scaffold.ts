// Scaffolds between reading a script and reciting it: first letters only, then one key phrase
// blanked at a time.
import type { ScriptItem } from '$lib/model';
import { normalizeWords, surfaceWords, tokenize, type Synonyms } from './text-normalize';

/**
 * Each word cut to its first letter; punctuation, spacing and line breaks kept.
 *
 * @example firstLetters("Before I design anything, I'd ask") → "B I d a, I a"
 */
export function firstLetters(script: string): string {
	let out = '';
	let at = 0;
	for (const word of surfaceWords(script)) {
		// First character with its combining marks, so "é" does not lose its accent half-way.
		const first = /^.\p{M}*/su.exec(word.text)?.[0] ?? '';
		out += script.slice(at, word.start) + first;
		at = word.end;
	}
	return out + script.slice(at);
}

export type ClozeSegment = { text: string } | { blank: number; answer: string };

export interface ClozeRound {
	/** Index of the blanked phrase in `mustSay`. */
	blank: number;
	phrase: string;
	segments: ClozeSegment[];
}

/** Where a phrase sits in the script: as a substring (content guarantees it), else by words. */
function spanOf(script: string, phrase: string, synonyms: Synonyms): { start: number; end: number } | null {
	const at = script.toLowerCase().indexOf(phrase.toLowerCase().trim());
	if (phrase.trim() && at >= 0) return { start: at, end: at + phrase.trim().length };
	const tokens = tokenize(script, synonyms);
	const needle = normalizeWords(phrase, synonyms);
	if (needle.length === 0) return null;
	for (let i = 0; i + needle.length <= tokens.length; i++) {
		if (needle.every((word, k) => tokens[i + k].norm === word)) {
			return { start: tokens[i].start, end: tokens[i + needle.length - 1].end };
		}
	}
	return null;
}

/**
 * One round per must-say phrase, that phrase blanked in the full script. A phrase the script does
 * not contain (content validation prevents it) yields no round rather than a round with no blank.
 */
export function clozeRounds(item: Pick<ScriptItem, 'script' | 'mustSay' | 'synonyms'>): ClozeRound[] {
	const rounds: ClozeRound[] = [];
	item.mustSay.forEach((phrase, blank) => {
		const span = spanOf(item.script, phrase, item.synonyms);
		if (!span) return;
		const segments: ClozeSegment[] = [];
		const before = item.script.slice(0, span.start);
		const after = item.script.slice(span.end);
		if (before) segments.push({ text: before });
		segments.push({ blank, answer: item.script.slice(span.start, span.end) });
		if (after) segments.push({ text: after });
		rounds.push({ blank, phrase, segments });
	});
	return rounds;
}

/**
 * Whether a typed blank says the expected phrase: case, punctuation, contractions and the item's
 * synonyms forgiven, every word required. `checkCloze("Customer-ID, then placed_at descending",
 * "customer id then placed at descending")` → true.
 */
export function checkCloze(answer: string, expected: string, synonyms?: Synonyms): boolean {
	const given = normalizeWords(answer, synonyms);
	const wanted = normalizeWords(expected, synonyms);
	return wanted.length > 0 && given.length === wanted.length && given.every((word, k) => word === wanted[k]);
}
