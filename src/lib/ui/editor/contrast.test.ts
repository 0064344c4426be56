import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex } from './contrast';

describe('contrastRatio', () => {
	it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
		expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#1d2026', '#1d2026')).toBe(1);
	});

	it('is the same whichever colour is the background', () => {
		expect(contrastRatio('#770088', '#ffffff')).toBe(contrastRatio('#ffffff', '#770088'));
	});

	it('puts #767676 just over and #777777 just under the 4.5:1 line on white', () => {
		// The well-known boundary grey of WCAG AA body text.
		expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
		expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
	});

	it('reads short and long hex the same, and refuses anything else', () => {
		expect(parseHex('#a11')).toEqual(parseHex('#aa1111'));
		expect(() => parseHex('var(--surface)')).toThrow(/expected a colour like/);
	});
});
