import { describe, expect, it } from 'vitest';
import type { ItemBase, SequenceItem, TableItem } from '$lib/model';
import { formatMinutes, reverseRowOf, sequenceStepOf, tableRowOf } from './variants';

const base: Omit<ItemBase, 'id' | 'kind'> = {
	deck: 'modeling',
	title: 't',
	topics: [],
	difficulty: 1,
	domain: 'general',
	source: 'x'
};

const table: TableItem = {
	...base,
	id: 'index-types',
	kind: 'table',
	columns: ['Situation', 'Index'],
	rows: [
		['Equality or range filter', 'B-tree'],
		['JSONB containment', 'GIN']
	],
	reverse: false,
	descriptionHtml: ''
};

const sequence: SequenceItem = {
	...base,
	id: 'phases',
	kind: 'sequence',
	steps: [
		{ name: 'Access patterns', minutes: { min: 3, max: 5 }, goal: 'g1' },
		{ name: 'Evolution plan', minutes: { min: 2, max: 2 }, goal: 'g2' }
	],
	descriptionHtml: ''
};

describe('card variants', () => {
	it('finds a table row by the slug of its first cell', () => {
		expect(tableRowOf(table, 'row:jsonb-containment')).toEqual(['JSONB containment', 'GIN']);
	});

	it('treats the grid card and unknown rows as no single row', () => {
		expect(tableRowOf(table, 'grid')).toBeNull();
		expect(tableRowOf(table, 'row:gone')).toBeNull();
	});

	it('finds the row a reverse card asks for, and only for rev: variants', () => {
		expect(reverseRowOf(table, 'rev:jsonb-containment')).toEqual(['JSONB containment', 'GIN']);
		expect(reverseRowOf(table, 'row:jsonb-containment')).toBeNull();
	});

	it('finds a sequence step with its 1-based position', () => {
		expect(sequenceStepOf(sequence, 'step:evolution-plan')).toEqual({ step: sequence.steps[1], position: 2 });
		expect(sequenceStepOf(sequence, 'order')).toBeNull();
	});

	it('formats time budgets as a range or a single value', () => {
		expect(formatMinutes({ min: 3, max: 5 })).toBe('3-5 min');
		expect(formatMinutes({ min: 2, max: 2 })).toBe('2 min');
		expect(formatMinutes(null)).toBe('');
	});
});
