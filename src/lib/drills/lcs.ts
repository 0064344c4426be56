// Alignment primitives for word-diff.ts, on interned word ids (Int32Array) for speed.
// Everything works on half-open ranges [lo, hi) of the two sequences so recursion never copies.

/**
 * Longest run of equal ids `a[i..i+len) = b[j..j+len)` inside the ranges. Ties go to the earliest
 * run in `a`, then `b`.
 * O(area) time with one reused row: 150 × 2,000 words is 300,000 cells, well under a millisecond.
 */
export function longestRun(
	a: Int32Array,
	aLo: number,
	aHi: number,
	b: Int32Array,
	bLo: number,
	bHi: number
): { i: number; j: number; len: number } {
	const width = bHi - bLo;
	let prev = new Int32Array(width + 1);
	let row = new Int32Array(width + 1);
	let best = { i: aLo, j: bLo, len: 0 };
	for (let i = aLo; i < aHi; i++) {
		const ai = a[i];
		for (let k = 1; k <= width; k++) {
			const j = bLo + k - 1;
			if (b[j] === ai) {
				const len = prev[k - 1] + 1;
				row[k] = len;
				if (len > best.len) best = { i: i - len + 1, j: j - len + 1, len };
			} else row[k] = 0;
		}
		[prev, row] = [row, prev];
	}
	return best;
}

// Sub-problems up to this many cells use a full table; larger ones are halved first (Hirschberg),
// so memory stays linear however long the paste is.
const TABLE_CELLS = 1 << 20;

/**
 * Fills `matchA[i] = j` for one longest common subsequence of a[aLo..aHi) and b[bLo..bHi).
 * O(n·m) time, O(n + m) memory beyond the table cap.
 */
export function lcsInto(
	a: Int32Array,
	aLo: number,
	aHi: number,
	b: Int32Array,
	bLo: number,
	bHi: number,
	matchA: Int32Array
): void {
	// Common prefix and suffix cost nothing to match and shrink the quadratic part.
	while (aLo < aHi && bLo < bHi && a[aLo] === b[bLo]) matchA[aLo++] = bLo++;
	while (aLo < aHi && bLo < bHi && a[aHi - 1] === b[bHi - 1]) matchA[--aHi] = --bHi;
	const n = aHi - aLo;
	const m = bHi - bLo;
	if (n === 0 || m === 0) return;
	if ((n + 1) * (m + 1) <= TABLE_CELLS) return lcsTable(a, aLo, aHi, b, bLo, bHi, matchA);

	const mid = aLo + (n >> 1);
	const forward = lcsRow(a, aLo, mid, b, bLo, bHi, false);
	const backward = lcsRow(a, mid, aHi, b, bLo, bHi, true);
	let split = 0;
	let best = -1;
	for (let k = 0; k <= m; k++) {
		const total = forward[k] + backward[m - k];
		if (total > best) [best, split] = [total, k];
	}
	lcsInto(a, aLo, mid, b, bLo, bLo + split, matchA);
	lcsInto(a, mid, aHi, b, bLo + split, bHi, matchA);
}

/** LCS lengths of a[lo..hi) against every prefix of b (or, reversed, every suffix). */
function lcsRow(a: Int32Array, lo: number, hi: number, b: Int32Array, bLo: number, bHi: number, reverse: boolean): Int32Array {
	const m = bHi - bLo;
	const row = new Int32Array(m + 1);
	for (let step = 0; step < hi - lo; step++) {
		const ai = reverse ? a[hi - 1 - step] : a[lo + step];
		let diagonal = 0;
		for (let k = 1; k <= m; k++) {
			const bj = reverse ? b[bHi - k] : b[bLo + k - 1];
			const up = row[k];
			row[k] = ai === bj ? diagonal + 1 : Math.max(up, row[k - 1]);
			diagonal = up;
		}
	}
	return row;
}

function lcsTable(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, matchA: Int32Array): void {
	const n = aHi - aLo;
	const m = bHi - bLo;
	const w = m + 1;
	// Suffix lengths: cell (i, j) is the LCS of a[aLo+i..) and b[bLo+j..). Values fit 16 bits
	// because the table cap keeps min(n, m) ≤ 1,024.
	const table = new Uint16Array((n + 1) * w);
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i * w + j] =
				a[aLo + i] === b[bLo + j] ? table[(i + 1) * w + j + 1] + 1 : Math.max(table[(i + 1) * w + j], table[i * w + j + 1]);
		}
	}
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (a[aLo + i] === b[bLo + j]) {
			matchA[aLo + i] = bLo + j;
			i++;
			j++;
		} else if (table[(i + 1) * w + j] >= table[i * w + j + 1]) i++;
		else j++;
	}
}
