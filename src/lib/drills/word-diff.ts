// Word-level diff of a script against an attempt, shaped for people rather than for patches:
// long shared runs are anchored first (as Python's difflib does), so a stray "the" never pulls the
// alignment apart; what is left between anchors is aligned by LCS; and a clause said in another
// place is reported as `moved`, not as missing here and added there.
import { lcsInto, longestRun } from './lcs';
import type { Token } from './text-normalize';

/** A text and its tokens (from `tokenize`), so ops can point back into the source. */
export interface TokenizedText {
	text: string;
	tokens: Token[];
}

/** Part of one side of the diff: token indices [from, to), character span [start, end), source text. */
export interface DiffSide {
	from: number;
	to: number;
	start: number;
	end: number;
	text: string;
}

/**
 * Ops in the order of the attempt (so the UI can render the user's text as written), with what
 * the script wanted interleaved where it was left out.
 * - `same`: said as in the script
 * - `missing`: in the script, not said
 * - `added`: said, not in the script
 * - `changed`: a script run replaced by something else in the same place
 * - `moved`: a run of 3+ script words said, but elsewhere; `script` tells where it belongs
 */
export type DiffOp =
	| { kind: 'same'; script: DiffSide; attempt: DiffSide }
	| { kind: 'missing'; script: DiffSide }
	| { kind: 'added'; attempt: DiffSide }
	| { kind: 'changed'; script: DiffSide; attempt: DiffSide }
	| { kind: 'moved'; script: DiffSide; attempt: DiffSide };

export interface WordDiff {
	ops: DiffOp[];
	/** Script words said in place. */
	sameWords: number;
	/** Script words said in a moved run. */
	movedWords: number;
	scriptWords: number;
	attemptWords: number;
}

/** Shared runs shorter than this are left to the LCS pass, and moved runs must be at least this long. */
export const MIN_RUN = 3;

/**
 * Diffs two tokenised texts. Each pass is O(script words × attempt words) on typed arrays with
 * linear extra memory (anchoring repeats it per anchor, on shrinking ranges): a 150-word script
 * scores in about a millisecond, a 2,000-word paste in a few.
 */
export function diffWords(script: TokenizedText, attempt: TokenizedText): WordDiff {
	const [a, b] = intern(script.tokens, attempt.tokens);
	const words = { a: wordsOf(script.tokens), b: wordsOf(attempt.tokens) };
	// Anchoring long runs reads better but can lose words an LCS would match (coincidental
	// three-word runs in random-looking text); keep it unless the LCS clearly matches more.
	let best = align(a, b, words, true);
	if (matched(best) < a.length) {
		const plain = align(a, b, words, false);
		if (matched(plain) > matched(best) + Math.max(2, a.length * 0.03)) best = plain;
	}
	return {
		ops: buildOps(script, attempt, best.matchA, best.moveA, best.moveB),
		sameWords: best.sameWords,
		movedWords: best.movedWords,
		scriptWords: a.length,
		attemptWords: b.length
	};
}

interface Alignment {
	/** Script index → attempt index matched in place, or -1. */
	matchA: Int32Array;
	/** Script index → attempt index of a moved run, or -1; and the reverse. */
	moveA: Int32Array;
	moveB: Int32Array;
	sameWords: number;
	movedWords: number;
}

const matched = (alignment: Alignment) => alignment.sameWords + alignment.movedWords;

/** Surface word index per token: "I'd" gives two tokens of one word. */
function wordsOf(tokens: Token[]): Int32Array {
	const words = new Int32Array(tokens.length);
	for (let k = 1; k < tokens.length; k++) words[k] = words[k - 1] + (tokens[k].start === tokens[k - 1].start ? 0 : 1);
	return words;
}

function align(a: Int32Array, b: Int32Array, words: { a: Int32Array; b: Int32Array }, useAnchors: boolean): Alignment {
	const n = a.length;
	const m = b.length;
	const matchA = new Int32Array(n).fill(-1);
	if (useAnchors) anchor(a, 0, n, b, 0, m, matchA);
	else lcsInto(a, 0, n, b, 0, m, matchA);
	dropStrayMatches(matchA, m);

	// Moved runs: whatever is still unmatched on both sides and shares 3+ words in a row.
	const moveA = new Int32Array(n).fill(-1);
	const moveB = new Int32Array(m).fill(-1);
	const aFree = new Uint8Array(n).fill(1);
	const bFree = new Uint8Array(m).fill(1);
	let sameWords = 0;
	for (let i = 0; i < n; i++) {
		if (matchA[i] >= 0) {
			aFree[i] = 0;
			bFree[matchA[i]] = 0;
			sameWords++;
		}
	}
	let movedWords = 0;
	for (const run of movedRuns(a, b, aFree, bFree)) {
		for (let k = 0; k < run.len; k++) {
			moveA[run.i + k] = run.j + k;
			moveB[run.j + k] = run.i + k;
		}
		movedWords += run.len;
	}
	const alignment = { matchA, moveA, moveB, sameWords, movedWords };
	keepWordsWhole(alignment, words.a, words.b);
	return alignment;
}

/**
 * Unmatches runs of one or two words that sit between longer edits on both sides ("from the
 * start" vs "the kitchen": the lone "the" is a coincidence), so the edit reads as one change and
 * the words are free to join a moved run.
 */
function dropStrayMatches(matchA: Int32Array, m: number): void {
	const n = matchA.length;
	const runs: { i: number; j: number; len: number }[] = [];
	for (let i = 0; i < n; i++) {
		if (matchA[i] < 0) continue;
		const last = runs.at(-1);
		if (last && last.i + last.len === i && last.j + last.len === matchA[i]) last.len++;
		else runs.push({ i, j: matchA[i], len: 1 });
	}
	runs.forEach((run, k) => {
		if (run.len > 2) return;
		const before = runs[k - 1] ?? { i: 0, j: 0, len: 0 };
		const after = runs[k + 1] ?? { i: n, j: m, len: 0 };
		const editBefore = Math.max(run.i - (before.i + before.len), run.j - (before.j + before.len));
		const editAfter = Math.max(after.i - (run.i + run.len), after.j - (run.j + run.len));
		if (run.len < editBefore && run.len < editAfter) matchA.fill(-1, run.i, run.i + run.len);
	});
}

/**
 * A contraction is one word but two tokens ("I'll" → i, will). If only part of a word matched
 * ("I'm" vs "I'll"), the ops would split it and show it twice, so the whole word is unmatched,
 * with its partners, until every word is wholly same, wholly moved or wholly unmatched.
 */
function keepWordsWhole(alignment: Alignment, wordsA: Int32Array, wordsB: Int32Array): void {
	const { matchA, moveA, moveB } = alignment;
	const matchB = new Int32Array(moveB.length).fill(-1);
	matchA.forEach((j, i) => j >= 0 && (matchB[j] = i));
	const state = (match: Int32Array, move: Int32Array, k: number) => (match[k] >= 0 ? 1 : move[k] >= 0 ? 2 : 0);
	const unmatchA = (i: number) => {
		if (matchA[i] >= 0) [matchB[matchA[i]], matchA[i]] = [-1, -1];
		if (moveA[i] >= 0) [moveB[moveA[i]], moveA[i]] = [-1, -1];
	};
	const unmatchB = (j: number) => {
		if (matchB[j] >= 0) unmatchA(matchB[j]);
		if (moveB[j] >= 0) unmatchA(moveB[j]);
	};
	for (let changed = true; changed; ) {
		changed = false;
		for (const [words, match, move, unmatch] of [
			[wordsA, matchA, moveA, unmatchA],
			[wordsB, matchB, moveB, unmatchB]
		] as const) {
			for (let k = 1; k < words.length; k++) {
				if (words[k] !== words[k - 1] || state(match, move, k) === state(match, move, k - 1)) continue;
				// Mixed states inside one word: unmatch the whole word.
				let from = k - 1;
				while (from > 0 && words[from - 1] === words[k]) from--;
				for (let t = from; t < words.length && words[t] === words[k]; t++) unmatch(t);
				changed = true;
			}
		}
	}
	let same = 0;
	let moved = 0;
	for (let i = 0; i < matchA.length; i++) {
		if (matchA[i] >= 0) same++;
		else if (moveA[i] >= 0) moved++;
	}
	alignment.sameWords = same;
	alignment.movedWords = moved;
}

/** Word ids shared by both sides: comparing ints is what keeps the quadratic loops cheap. */
function intern(x: Token[], y: Token[]): [Int32Array, Int32Array] {
	const ids = new Map<string, number>();
	const idOf = (word: string) => {
		let id = ids.get(word);
		if (id === undefined) ids.set(word, (id = ids.size));
		return id;
	};
	return [Int32Array.from(x, (t) => idOf(t.norm)), Int32Array.from(y, (t) => idOf(t.norm))];
}

/** Anchors the longest shared run (≥ MIN_RUN), recurses either side, and LCS-aligns the rest. */
function anchor(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, matchA: Int32Array): void {
	if (aLo >= aHi || bLo >= bHi) return;
	const run = longestRun(a, aLo, aHi, b, bLo, bHi);
	if (run.len < MIN_RUN) return lcsInto(a, aLo, aHi, b, bLo, bHi, matchA);
	anchor(a, aLo, run.i, b, bLo, run.j, matchA);
	for (let k = 0; k < run.len; k++) matchA[run.i + k] = run.j + k;
	anchor(a, run.i + run.len, aHi, b, run.j + run.len, bHi, matchA);
}

/**
 * Runs of MIN_RUN+ words unmatched on both sides, longest first, none overlapping. One pass over
 * the grid collects every maximal shared run; a run that overlaps one already taken keeps its
 * longest free stretch if that is still long enough. Marks what it takes in `aFree`/`bFree`.
 */
function movedRuns(a: Int32Array, b: Int32Array, aFree: Uint8Array, bFree: Uint8Array): { i: number; j: number; len: number }[] {
	const n = a.length;
	const m = b.length;
	const candidates: { i: number; j: number; len: number }[] = [];
	let prev = new Int32Array(m + 1);
	let row = new Int32Array(m + 1);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < m; j++) {
			row[j + 1] = aFree[i] && bFree[j] && a[i] === b[j] ? prev[j] + 1 : 0;
		}
		for (let j = 0; j < m; j++) {
			const len = row[j + 1];
			// Maximal: the next diagonal cell does not continue it.
			const continues = i + 1 < n && j + 1 < m && aFree[i + 1] && bFree[j + 1] && a[i + 1] === b[j + 1];
			if (len >= MIN_RUN && !continues) candidates.push({ i: i - len + 1, j: j - len + 1, len });
		}
		[prev, row] = [row, prev];
	}
	candidates.sort((x, y) => y.len - x.len || x.i - y.i || x.j - y.j);

	const taken: { i: number; j: number; len: number }[] = [];
	for (const run of candidates) {
		let bestStart = 0;
		let bestLen = 0;
		for (let k = 0, start = 0; k <= run.len; k++) {
			const free = k < run.len && aFree[run.i + k] && bFree[run.j + k];
			if (free) continue;
			if (k - start > bestLen) [bestStart, bestLen] = [start, k - start];
			start = k + 1;
		}
		if (bestLen < MIN_RUN) continue;
		const piece = { i: run.i + bestStart, j: run.j + bestStart, len: bestLen };
		for (let k = 0; k < piece.len; k++) {
			aFree[piece.i + k] = 0;
			bFree[piece.j + k] = 0;
		}
		taken.push(piece);
	}
	return taken;
}

function side(source: TokenizedText, from: number, to: number): DiffSide {
	const start = source.tokens[from].start;
	const end = source.tokens[to - 1].end;
	return { from, to, start, end, text: source.text.slice(start, end) };
}

type AttemptRun = { kind: 'added'; from: number; to: number } | { kind: 'moved'; from: number; to: number };

function buildOps(script: TokenizedText, attempt: TokenizedText, matchA: Int32Array, moveA: Int32Array, moveB: Int32Array): DiffOp[] {
	const n = matchA.length;
	const m = moveB.length;
	const ops: DiffOp[] = [];
	let i = 0;
	let j = 0;
	while (i < n || j < m) {
		if (i < n && matchA[i] === j) {
			const from = i;
			while (i < n && matchA[i] === j) {
				i++;
				j++;
			}
			ops.push({ kind: 'same', script: side(script, from, i), attempt: side(attempt, j - (i - from), j) });
			continue;
		}
		// A gap runs to the next in-place match on both sides (matches are monotonic).
		let iEnd = i;
		while (iEnd < n && matchA[iEnd] < 0) iEnd++;
		const jEnd = iEnd < n ? matchA[iEnd] : m;

		const missing: [number, number][] = [];
		for (let k = i; k < iEnd; ) {
			if (moveA[k] >= 0) {
				k++;
				continue;
			}
			const from = k;
			while (k < iEnd && moveA[k] < 0) k++;
			missing.push([from, k]);
		}
		const said: AttemptRun[] = [];
		for (let k = j; k < jEnd; ) {
			const from = k;
			if (moveB[k] < 0) {
				while (k < jEnd && moveB[k] < 0) k++;
				said.push({ kind: 'added', from, to: k });
			} else {
				// One moved run is consecutive on both sides; a new run starts where that breaks.
				k++;
				while (k < jEnd && moveB[k] >= 0 && moveB[k] === moveB[k - 1] + 1) k++;
				said.push({ kind: 'moved', from, to: k });
			}
		}

		// Left-out script runs come first; the last one pairs with a replacement said in its place.
		const last = missing.length - 1;
		missing.forEach(([from, to], index) => {
			if (index === last && said[0]?.kind === 'added') {
				const replacement = said.shift()!;
				ops.push({ kind: 'changed', script: side(script, from, to), attempt: side(attempt, replacement.from, replacement.to) });
			} else ops.push({ kind: 'missing', script: side(script, from, to) });
		});
		for (const run of said) {
			const attemptSide = side(attempt, run.from, run.to);
			if (run.kind === 'added') ops.push({ kind: 'added', attempt: attemptSide });
			else ops.push({ kind: 'moved', script: side(script, moveB[run.from], moveB[run.to - 1] + 1), attempt: attemptSide });
		}
		i = iEnd;
		j = jEnd;
	}
	return ops;
}
