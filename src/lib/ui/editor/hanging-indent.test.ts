import { describe, expect, it } from 'vitest';
import { CONTINUATION_COLUMNS, hangingStyle, leadingColumns } from './hanging-indent';

describe('leadingColumns', () => {
	it('counts leading spaces and expands tabs to the next stop', () => {
		expect(leadingColumns('x = 1', 4)).toBe(0);
		expect(leadingColumns('    return x', 4)).toBe(4);
		expect(leadingColumns('\t\treturn x', 4)).toBe(8);
		expect(leadingColumns('  \tx', 4)).toBe(4);
		expect(leadingColumns('      ', 4)).toBe(6);
	});
});

describe('hangingStyle', () => {
	it('wraps under the indent plus a continuation step, first row unmoved', () => {
		const columns = 4 + CONTINUATION_COLUMNS;
		expect(hangingStyle(4)).toBe(`padding-left: calc(${columns}ch + 6px); text-indent: -${columns}ch`);
	});
});
