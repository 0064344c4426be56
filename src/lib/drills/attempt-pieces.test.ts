import { describe, expect, it } from 'vitest';
import { attemptPieces, attemptWordCounts, diffWords, tokenize } from './index';

const opsOf = (script: string, attempt: string) =>
	diffWords({ text: script, tokens: tokenize(script) }, { text: attempt, tokens: tokenize(attempt) }).ops;
const piecesOf = (script: string, attempt: string) => attemptPieces(opsOf(script, attempt), attempt);
const joined = (pieces: { gap: string; text: string }[]) => pieces.map((piece) => piece.gap + piece.text).join('');

describe('attemptPieces', () => {
	it('marks a clause said elsewhere as moved, pointing at the script’s wording, and the user’s own words as own', () => {
		const script = 'First the access patterns. Then the read write ratio.';
		const attempt = 'Then the read write ratio — and first the access patterns!';
		expect(piecesOf(script, attempt)).toEqual([
			{ kind: 'same', gap: '', text: 'Then the read write ratio' },
			{ kind: 'own', gap: ' — ', text: 'and' },
			{ kind: 'moved', gap: ' ', text: 'first the access patterns', scriptText: 'First the access patterns' },
			{ kind: 'own', gap: '!', text: '' }
		]);
	});

	it('shows what was said in place of the script’s words as the user’s own, and inserts nothing of the script', () => {
		const pieces = piecesOf('Now the indexes, each tied to a query.', 'Now the indexes, for one query.');
		expect(pieces).toEqual([
			{ kind: 'same', gap: '', text: 'Now the indexes' },
			{ kind: 'own', gap: ', ', text: 'for one' },
			{ kind: 'same', gap: ' ', text: 'query' },
			{ kind: 'own', gap: '.', text: '' }
		]);
		expect(joined(pieces)).not.toContain('tied');
	});

	it('skips what the attempt left out: the attempt reads as written', () => {
		const ops = opsOf('one ordered read of the rows', 'one read of the rows');
		expect(ops.map((op) => op.kind)).toContain('missing');
		expect(attemptPieces(ops, 'one read of the rows')).toEqual([
			{ kind: 'same', gap: '', text: 'one' },
			{ kind: 'same', gap: ' ', text: 'read of the rows' }
		]);
	});

	it('keeps the attempt’s own spacing, line breaks and punctuation, dropping only trailing whitespace', () => {
		const attempt = "  I won't guess the grain;  I'll ask\n\nfor it.  \n";
		const pieces = piecesOf('I will not guess the grain, I ask for it.', attempt);
		expect(joined(pieces)).toBe(attempt.trimEnd());
		expect(pieces[0]).toEqual({ kind: 'same', gap: '  ', text: "I won't guess the grain" });
		expect(pieces.at(-1)).toEqual({ kind: 'own', gap: '.', text: '' });
	});

	it('keeps the text after the last word, and adds nothing when there is none', () => {
		expect(piecesOf('the rows', 'the rows (all of them)').at(-1)).toEqual({ kind: 'own', gap: ')', text: '' });
		expect(piecesOf('the rows', 'the rows').at(-1)).toEqual({ kind: 'same', gap: '', text: 'the rows' });
		expect(piecesOf('the rows', 'the rows \n ')).toEqual([{ kind: 'same', gap: '', text: 'the rows' }]);
	});

	it('gives an attempt with no words nothing but its punctuation', () => {
		expect(attemptPieces([], '')).toEqual([]);
		expect(piecesOf('the rows', '…?')).toEqual([{ kind: 'own', gap: '…?', text: '' }]);
	});
});

describe('attemptWordCounts', () => {
	it('counts the attempt’s words that match the script, in place or moved, out of all its words', () => {
		const ops = opsOf('First the access patterns. Then the read write ratio.', 'Then the read write ratio — and first the access patterns!');
		expect(attemptWordCounts(ops)).toEqual({ matched: 9, total: 10 });
	});

	it('does not count the script’s words the attempt left out', () => {
		expect(attemptWordCounts(opsOf('one ordered read of the rows', 'one read of the rows'))).toEqual({ matched: 5, total: 5 });
	});

	it('counts a contraction as the one word the user wrote, though it compares as two', () => {
		const ops = opsOf('I will not guess the grain, I ask for it.', "I won't guess the grain; I'll ask for it.");
		// "I won't guess the grain" and "ask for it" match; "I'll" does not (the script says "I ask").
		expect(attemptWordCounts(ops)).toEqual({ matched: 8, total: 9 });
	});

	it('counts an alternative phrase by its own words, not the canonical ones it stands for', () => {
		const script = 'Each order has a primary key.';
		const attempt = 'Each order has a pk.';
		const synonyms = { 'primary key': ['pk'] };
		const ops = diffWords({ text: script, tokens: tokenize(script, synonyms) }, { text: attempt, tokens: tokenize(attempt, synonyms) }).ops;
		expect(attemptWordCounts(ops)).toEqual({ matched: 5, total: 5 });
	});
});
