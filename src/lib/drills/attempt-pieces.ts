// The user's attempt as the recall result shows it: cut at the diff's spans, with the words that
// match the script marked where they stand (in the script's place, or said elsewhere) and the
// user's own words left plain. Nothing of the script is inserted, so a paraphrase reads as itself
// rather than as the whole script struck through.
import { surfaceWords } from './text-normalize';
import type { DiffOp } from './word-diff';

/**
 * One stretch of the attempt: `gap` is the attempt's own text before it (spaces, punctuation,
 * line breaks, kept as typed), `text` the words themselves.
 * - `same`: said as in the script, in its place
 * - `moved`: said as in the script, elsewhere; `scriptText` is those words where the script has them
 * - `own`: the user's own words (added, or said instead of the script's)
 */
export type AttemptPiece =
	| { kind: 'same' | 'own'; gap: string; text: string }
	| { kind: 'moved'; gap: string; text: string; scriptText: string };

/**
 * The attempt cut at the ops' spans. Concatenating every `gap + text` gives back the attempt,
 * less trailing whitespace; `missing` ops say nothing about the attempt and are skipped.
 *
 * @example attemptPieces(ops, 'Now the indexes, for one query.') →
 *   [{ kind: 'same', gap: '', text: 'Now the indexes' }, { kind: 'own', gap: ', ', text: 'for one' },
 *    { kind: 'same', gap: ' ', text: 'query' }, { kind: 'own', gap: '.', text: '' }]
 */
export function attemptPieces(ops: readonly DiffOp[], attempt: string): AttemptPiece[] {
	const pieces: AttemptPiece[] = [];
	let cursor = 0;
	for (const op of ops) {
		if (op.kind === 'missing') continue;
		const gap = attempt.slice(cursor, op.attempt.start);
		cursor = Math.max(cursor, op.attempt.end);
		const text = op.attempt.text;
		if (op.kind === 'same') pieces.push({ kind: 'same', gap, text });
		else if (op.kind === 'moved') pieces.push({ kind: 'moved', gap, text, scriptText: op.script.text });
		else pieces.push({ kind: 'own', gap, text });
	}
	// What follows the last word (a full stop, a closing bracket) is kept; trailing blank lines are not.
	const tail = attempt.slice(cursor).trimEnd();
	if (tail) pieces.push({ kind: 'own', gap: tail, text: '' });
	return pieces;
}

/**
 * How many of the attempt's words match the script (in place or moved) out of all it has, counted
 * as the user wrote them: "won't" is one word, though it compares as two ("will not").
 */
export function attemptWordCounts(ops: readonly DiffOp[]): { matched: number; total: number } {
	let matched = 0;
	let total = 0;
	for (const op of ops) {
		if (op.kind === 'missing') continue;
		const words = surfaceWords(op.attempt.text).length;
		total += words;
		if (op.kind === 'same' || op.kind === 'moved') matched += words;
	}
	return { matched, total };
}
