import { describe, expect, it } from 'vitest';
import type { ScenarioTable } from '$lib/model';
import { loadContent } from '$lib/content/load';
import { layoutEr, rowMiddle, type ErLayout, type Rect } from './er-layout';

const tables: ScenarioTable[] = [
	{
		name: 'fact_trip',
		group: 'fact',
		grain: 'one row per trip',
		columns: [
			{ name: 'trip_id', type: 'INTEGER', key: 'pk' },
			{ name: 'rider_id', type: 'INTEGER', key: 'fk', references: 'dim_rider.rider_id' },
			{ name: 'journey_id', type: 'INTEGER', key: 'fk', references: 'fact_journey.journey_id' }
		]
	},
	{ name: 'dim_rider', group: 'dimension', grain: 'one row per rider', columns: [{ name: 'rider_id', type: 'INTEGER', key: 'pk' }, { name: 'name', type: 'TEXT' }] },
	{ name: 'fact_journey', group: 'fact', grain: 'one row per journey', columns: [{ name: 'journey_id', type: 'INTEGER', key: 'pk' }] },
	{
		name: 'mod_fare_split',
		group: 'module',
		grain: 'one row per trip and driver',
		columns: [
			{ name: 'trip_id', type: 'INTEGER', key: 'pk,fk', references: 'fact_trip.trip_id' },
			{ name: 'share', type: 'REAL', note: 'sums to 1 per trip' }
		]
	},
	{ name: 'dim_city', group: 'dimension', grain: 'one row per city', columns: [{ name: 'city_id', type: 'INTEGER', key: 'pk' }] }
];

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Checks the promises every layout keeps, for any model. */
function expectSoundLayout(layout: ErLayout, model: readonly ScenarioTable[]) {
	const box = (name: string) => layout.boxes.find((b) => b.name === name)!;
	expect(layout.boxes.map((b) => b.name).sort()).toEqual(model.map((t) => t.name).sort());
	for (const [i, a] of layout.boxes.entries()) {
		expect(a.x).toBeGreaterThanOrEqual(0);
		expect(a.y).toBeGreaterThanOrEqual(0);
		expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
		expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
		for (const b of layout.boxes.slice(i + 1)) expect(overlaps(a, b), `${a.name} overlaps ${b.name}`).toBe(false);
	}
	const foreignKeys = model.flatMap((t) => t.columns.filter((c) => c.references).map((c) => ({ table: t, column: c })));
	expect(layout.edges).toHaveLength(foreignKeys.length);
	for (const { table, column } of foreignKeys) {
		const edge = layout.edges.find((e) => e.from === `${table.name}.${column.name}`)!;
		expect(edge, `${table.name}.${column.name}`).toBeDefined();
		const source = box(table.name);
		const [targetName, targetColumn] = column.references!.split('.');
		const target = box(targetName);
		// The path starts on an edge of the source box, at the FK column's row…
		expect([source.x, source.x + source.width]).toContain(edge.start.x);
		expect(edge.start.y).toBe(rowMiddle(source, table.columns.indexOf(column), layout.options));
		// …and ends on an edge of the referenced box, at the referenced column's row.
		expect([target.x, target.x + target.width]).toContain(edge.end.x);
		const targetIndex = model.find((t) => t.name === targetName)!.columns.findIndex((c) => c.name === targetColumn);
		expect(edge.end.y).toBe(rowMiddle(target, targetIndex, layout.options));
		expect(edge.d.startsWith(`M${edge.start.x},${edge.start.y}`)).toBe(true);
		expect(edge.d.endsWith(`${edge.end.x},${edge.end.y}`) || edge.d.endsWith(`H${edge.end.x}`)).toBe(true);
	}
}

describe('layoutEr', () => {
	it('puts dimensions, facts and modules in three columns, left to right', () => {
		const layout = layoutEr(tables);
		const xOf = (group: string) => [...new Set(layout.boxes.filter((b) => b.group === group).map((b) => b.x))];
		expect(xOf('dimension')).toHaveLength(1);
		expect(xOf('fact')).toHaveLength(1);
		expect(xOf('dimension')[0]).toBeLessThan(xOf('fact')[0]);
		expect(xOf('fact')[0]).toBeLessThan(xOf('module')[0]);
		expect(layout.headings.map((h) => h.label)).toEqual(['Dimensions', 'Fact tables', 'Analytical modules']);
	});

	it('keeps the authored order within a column and lists every column with its key marker', () => {
		const layout = layoutEr(tables);
		expect(layout.boxes.filter((b) => b.group === 'dimension').map((b) => b.name)).toEqual(['dim_rider', 'dim_city']);
		const split = layout.boxes.find((b) => b.name === 'mod_fare_split')!;
		expect(split.rows.map((r) => [r.name, r.marker])).toEqual([
			['trip_id', 'PK FK'],
			['share', '']
		]);
	});

	it('draws no overlapping boxes and one path per foreign key, ending on the right boxes', () => {
		expectSoundLayout(layoutEr(tables), tables);
	});

	it('routes a reference within one column out into the gap on its right', () => {
		const layout = layoutEr(tables);
		const edge = layout.edges.find((e) => e.from === 'fact_trip.journey_id')!;
		const trip = layout.boxes.find((b) => b.name === 'fact_trip')!;
		expect(edge.start.x).toBe(trip.x + trip.width);
		expect(edge.d).toMatch(/^M[\d.]+,[\d.]+ H[\d.]+ V[\d.]+ H[\d.]+$/);
	});

	it('leaves out a column with no tables', () => {
		const layout = layoutEr(tables.filter((t) => t.group !== 'module'));
		expect(layout.headings.map((h) => h.group)).toEqual(['dimension', 'fact']);
	});

	it('lays out every authored scenario soundly', async () => {
		const bundle = await loadContent('content');
		const models = bundle.items.flatMap((item) => (item.kind === 'scenario' ? [item] : []));
		expect(models).toHaveLength(12);
		for (const scenario of models) expectSoundLayout(layoutEr(scenario.tables), scenario.tables);
	});
});
