import { describe, expect, it } from 'vitest';
import { straightenQuotes } from './source';

describe('straightenQuotes', () => {
	it('turns curly single and double quotes into plain ones', () => {
		expect(straightenQuotes('SELECT ‘paid’, “total” FROM t')).toBe(`SELECT 'paid', "total" FROM t`);
	});

	it('leaves plain code alone', () => {
		const code = `print("it's fine")`;
		expect(straightenQuotes(code)).toBe(code);
	});
});
