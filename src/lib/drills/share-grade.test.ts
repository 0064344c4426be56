import { describe, expect, it } from 'vitest';
import { suggestFromShare } from './share-grade';

describe('suggestFromShare', () => {
	it('suggests Good for everything right, never Easy', () => expect(suggestFromShare(5, 5)).toBe(3));
	it('suggests Hard for most right and Again for under 60%', () => {
		expect(suggestFromShare(3, 5)).toBe(2);
		expect(suggestFromShare(2, 5)).toBe(1);
		expect(suggestFromShare(0, 4)).toBe(1);
	});
	it('treats a drill with nothing to check as Good', () => expect(suggestFromShare(0, 0)).toBe(3));
});
