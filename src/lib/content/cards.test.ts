import { describe, expect, it } from 'vitest';
import { cardsOf } from './cards';
import type { TableItem } from '../model/index';

const table = (reverse: boolean): TableItem => ({
	id: 'index-types',
	kind: 'table',
	deck: 'modeling',
	title: 'Index types',
	topics: [],
	difficulty: 1,
	domain: 'general',
	source: 'content/tables/index-types.md',
	columns: ['Situation', 'Index'],
	rows: [
		['Range filter', 'B-tree'],
		['JSONB containment', 'GIN']
	],
	reverse,
	descriptionHtml: ''
});

describe('cardsOf a table', () => {
	it('yields a card per row, keyed by the row, plus the grid', () => {
		expect(cardsOf(table(false)).map((card) => card.id)).toEqual([
			'index-types::row:range-filter',
			'index-types::row:jsonb-containment',
			'index-types::grid'
		]);
	});

	it('adds a reverse card per row when the table asks for it, keeping the forward ids', () => {
		const ids = cardsOf(table(true)).map((card) => card.id);
		expect(ids).toContain('index-types::row:range-filter');
		expect(ids).toContain('index-types::rev:jsonb-containment');
		expect(ids).toHaveLength(5);
	});
});
