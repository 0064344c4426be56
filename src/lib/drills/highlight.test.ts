import { describe, expect, it } from 'vitest';
import { highlightPhrases } from './highlight';

describe('highlightPhrases', () => {
	it('marks a phrase whatever its case', () => {
		expect(highlightPhrases('Ask about Access Patterns first', ['access patterns'])).toEqual([
			{ text: 'Ask about ', marked: false },
			{ text: 'Access Patterns', marked: true },
			{ text: ' first', marked: false }
		]);
	});

	it('merges overlapping phrases into one marked run', () => {
		const runs = highlightPhrases('read write ratio', ['read write', 'write ratio']);
		expect(runs).toEqual([{ text: 'read write ratio', marked: true }]);
	});

	it('returns the text unmarked when no phrase occurs', () => {
		expect(highlightPhrases('nothing here', ['absent', ''])).toEqual([{ text: 'nothing here', marked: false }]);
	});
});
