import { describe, expect, it } from 'vitest';
import { diffWords, tokenize } from './index';
import { renderDiff } from './testing';

const diff = (script: string, attempt: string) =>
	diffWords({ text: script, tokens: tokenize(script) }, { text: attempt, tokens: tokenize(attempt) });
const renderDiffOf = (script: string, attempt: string) => renderDiff(diff(script, attempt).ops, attempt);

/** Textbook O(n·m) LCS length, to check the diff against. */
function lcsLength(x: string[], y: string[]): number {
	let prev = new Array<number>(y.length + 1).fill(0);
	for (const word of x) {
		const row = [0];
		y.forEach((other, j) => row.push(word === other ? prev[j] + 1 : Math.max(prev[j + 1], row[j])));
		prev = row;
	}
	return prev[y.length];
}

describe('diffWords', () => {
	it('reports an identical attempt as one run of same', () => {
		const result = diff('Now the indexes.', 'now the indexes');
		expect(result.ops.map((op) => op.kind)).toEqual(['same']);
		expect(result.sameWords).toBe(3);
	});

	it('pairs a replaced run as changed and keeps plain gaps as missing or added', () => {
		expect(renderDiffOf('a composite on customer id then placed at', 'a compound index on customer id then placed at')).toBe(
			'a [-composite-]{+compound index+} on customer id then placed at'
		);
		expect(renderDiffOf('one ordered read of the rows', 'one read of the rows')).toBe('one [-ordered-] read of the rows');
		expect(renderDiffOf('one read of the rows', 'one quick read of the rows')).toBe('one {+quick+} read of the rows');
		expect(renderDiffOf('Now the indexes, each tied to a query', 'Now the indexes, tied to a query!')).toBe(
			'Now the indexes, [-each-] tied to a query!'
		);
		expect(renderDiffOf('first the access patterns', 'the access patterns')).toBe('[-first-] the access patterns');
	});

	it('marks a clause said in another place as moved, not missing and added', () => {
		const script = 'First the access patterns. Then the read write ratio. Finally the indexes we need.';
		const attempt = 'Then the read write ratio. First the access patterns. Finally the indexes we need.';
		const result = diff(script, attempt);
		const moved = result.ops.filter((op) => op.kind === 'moved');
		expect(moved).toHaveLength(1);
		expect(result.ops.some((op) => op.kind === 'missing' || op.kind === 'added')).toBe(false);
		expect(result.sameWords + result.movedWords).toBe(result.scriptWords);
	});

	it('points a moved run back at its place in the script and at the words as typed', () => {
		const script = 'alpha beta gamma. one two three four five';
		const attempt = 'One two three four five; alpha beta gamma';
		const moved = diff(script, attempt).ops.find((op) => op.kind === 'moved');
		expect(moved && moved.kind === 'moved' && [moved.script.text, moved.attempt.text]).toEqual(['alpha beta gamma', 'alpha beta gamma']);
	});

	it('does not call two shared words a moved clause', () => {
		const result = diff('partition by month here', 'here partition by');
		expect(result.ops.some((op) => op.kind === 'moved')).toBe(false);
	});

	it('finds a script inside a 2,000-word paste without scattering it over stray words', () => {
		const script = Array.from({ length: 150 }, (_, i) => `word${i % 40} the`).join(' ');
		const filler = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i % 97} the`).join(' ');
		const attempt = `${filler(500, 'x')} ${script} ${filler(425, 'y')}`;
		const result = diff(script, attempt);
		expect(result.attemptWords).toBe(2150);
		expect(result.sameWords).toBe(300);
		expect(result.ops.filter((op) => op.kind === 'same')).toHaveLength(1);
		expect(result.ops.filter((op) => op.kind === 'missing' || op.kind === 'changed')).toHaveLength(0);
	});

	it('aligns two long unrelated-looking texts exactly (the halving path for big inputs)', () => {
		// 1,500 × 1,500 words is past the table size, so the LCS is split in halves first.
		let state = 7;
		const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
		const words = (n: number) => Array.from({ length: n }, () => `w${next() % 6}`).join(' ');
		const a = words(1500);
		const b = words(1500);
		const result = diff(a, b);
		const sides = result.ops.flatMap((op) => ('script' in op && op.kind === 'same' ? [op.script.to - op.script.from] : []));
		expect(sides.reduce((x, y) => x + y, 0)).toBe(result.sameWords);
		// Every script word is accounted for exactly once across the ops.
		const covered = result.ops.reduce((sum, op) => sum + ('script' in op ? op.script.to - op.script.from : 0), 0);
		expect(covered).toBe(1500);
		// Never fewer words matched than a plain longest common subsequence.
		expect(result.sameWords + result.movedWords).toBeGreaterThanOrEqual(lcsLength(a.split(' '), b.split(' ')));
	});
});
