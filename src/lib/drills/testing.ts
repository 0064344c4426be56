// Test helpers for drills/: the diff as one line of text, so a test can say what it expects at a glance.
import type { DiffOp, DiffSide } from './word-diff';

/**
 * The diff as plain text with markers, for tests: the attempt as written
 * (its spacing and punctuation kept) with `[-missing-]`, `{+added+}`, `[-expected-]{+given+}` for a
 * change and `{>moved<}`.
 *
 * @example renderDiff(ops, 'Now the indexes, each for one query.') → "Now the indexes, each [-tied to a-]{+for one+} query."
 */
export function renderDiff(ops: readonly DiffOp[], attempt: string): string {
	let out = '';
	let cursor = 0;
	let needsSpace = false;
	const said = (side: DiffSide, marked: string) => {
		// Text between words (spaces, punctuation) comes from the attempt, never invented.
		const gap = attempt.slice(cursor, side.start);
		out += (needsSpace && !/^\s/.test(gap) ? ' ' : '') + gap + marked;
		cursor = Math.max(cursor, side.end);
		needsSpace = false;
	};
	ops.forEach((op, index) => {
		switch (op.kind) {
			case 'same':
				return said(op.attempt, op.attempt.text);
			case 'added':
				return said(op.attempt, `{+${op.attempt.text}+}`);
			case 'changed':
				return said(op.attempt, `[-${op.script.text}-]{+${op.attempt.text}+}`);
			case 'moved':
				return said(op.attempt, `{>${op.attempt.text}<}`);
			case 'missing': {
				// Punctuation stuck to the previous word stays with it: "indexes, [-each-] tied".
				const next = ops.slice(index + 1).find((o) => 'attempt' in o);
				const nextStart = next && 'attempt' in next ? next.attempt.start : attempt.length;
				const attached = /^\S*/.exec(attempt.slice(cursor, nextStart))?.[0] ?? '';
				out += attached;
				cursor += attached.length;
				out += (out && !/\s$/.test(out) ? ' ' : '') + `[-${op.script.text}-]`;
				needsSpace = true;
			}
		}
	});
	return (out + attempt.slice(cursor)).replace(/[ \t]{2,}/g, ' ').trim();
}
