// Lays out a scenario's ER model for an SVG diagram: tables in three columns (dimensions, facts,
// analytical modules), one box per table listing its columns, and one path per foreign key from
// the FK column's row to the referenced column's row. Pure: the same tables give the same
// picture, and nothing here touches the DOM (text widths come from a monospace estimate).
import type { ScenarioColumn, ScenarioTable } from '$lib/model';

export type TableGroup = ScenarioTable['group'];

/** Left-to-right order of the diagram's columns, with their headings. */
export const GROUP_ORDER: readonly { group: TableGroup; label: string }[] = [
	{ group: 'dimension', label: 'Dimensions' },
	{ group: 'fact', label: 'Fact tables' },
	{ group: 'module', label: 'Analytical modules' }
];

export interface LayoutOptions {
	/** Font size of every label, in diagram units; text is monospace so widths are exact enough. */
	fontSize: number;
	/** Width of one character as a fraction of the font size (monospace fonts sit near 0.6). */
	charWidth: number;
	rowHeight: number;
	headerHeight: number;
	paddingX: number;
	/** Vertical space between two boxes of a column. */
	boxGap: number;
	/** Horizontal space between columns, where relationship lines run. */
	columnGap: number;
	/** Height of the column headings above the boxes. */
	titleHeight: number;
	margin: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
	fontSize: 12,
	charWidth: 0.62,
	rowHeight: 18,
	headerHeight: 24,
	paddingX: 8,
	boxGap: 20,
	columnGap: 64,
	titleHeight: 28,
	margin: 12
};

export interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface ColumnRow {
	name: string;
	type: string;
	/** 'PK', 'FK', 'PK FK' or 'UK'; empty when the column is no key. */
	marker: string;
	/** Baseline of the row's text. */
	y: number;
}

export interface TableBox extends Rect {
	name: string;
	group: TableGroup;
	/** Index of the diagram column the box sits in (0 = leftmost drawn column). */
	column: number;
	rows: ColumnRow[];
}

export interface Point {
	x: number;
	y: number;
}

export interface Edge {
	/** `table.column` of the foreign key, and the `table.column` it references. */
	from: string;
	to: string;
	fromTable: string;
	toTable: string;
	start: Point;
	end: Point;
	/** SVG path data, from `start` to `end`. */
	d: string;
}

export interface ColumnHeading {
	label: string;
	group: TableGroup;
	x: number;
	width: number;
}

export interface ErLayout {
	width: number;
	height: number;
	headings: ColumnHeading[];
	boxes: TableBox[];
	edges: Edge[];
	options: LayoutOptions;
}

const MARKERS: Record<NonNullable<ScenarioColumn['key']>, string> = { pk: 'PK', fk: 'FK', 'pk,fk': 'PK FK', uk: 'UK' };

/** 'PK', 'FK' … for a column; a column with `references` but no key is still drawn as an FK. */
export function keyMarker(column: ScenarioColumn): string {
	if (column.key) return MARKERS[column.key];
	return column.references ? 'FK' : '';
}

/** The text of a column row, as drawn: marker, name, type. */
export function rowText(row: Pick<ColumnRow, 'marker' | 'name' | 'type'>): string {
	return `${row.marker.padEnd(5)} ${row.name}  ${row.type}`;
}

function textWidth(text: string, o: LayoutOptions): number {
	return text.length * o.fontSize * o.charWidth;
}

/** Lays out the tables; tables keep their authored order within a column. */
export function layoutEr(tables: readonly ScenarioTable[], options: Partial<LayoutOptions> = {}): ErLayout {
	const o: LayoutOptions = { ...DEFAULT_LAYOUT, ...options };
	// Empty groups get no column: a scenario with no analytical module draws two columns.
	const groups = GROUP_ORDER.filter(({ group }) => tables.some((t) => t.group === group));

	const boxes: TableBox[] = [];
	const headings: ColumnHeading[] = [];
	let x = o.margin;
	let bottom = 0;
	groups.forEach(({ group, label }, column) => {
		const members = tables.filter((t) => t.group === group);
		const rowsOf = (t: ScenarioTable) => t.columns.map((c) => ({ name: c.name, type: c.type, marker: keyMarker(c) }));
		const width = Math.ceil(
			Math.max(textWidth(label, o), ...members.flatMap((t) => [textWidth(t.name, o) * 1.1, ...rowsOf(t).map((r) => textWidth(rowText(r), o))])) +
				2 * o.paddingX
		);
		headings.push({ label, group, x, width });
		let y = o.margin + o.titleHeight;
		for (const table of members) {
			const height = o.headerHeight + table.columns.length * o.rowHeight + o.rowHeight / 2;
			const rows = rowsOf(table).map((row, i) => ({ ...row, y: y + o.headerHeight + (i + 1) * o.rowHeight - o.rowHeight * 0.25 }));
			boxes.push({ name: table.name, group, column, x, y, width, height, rows });
			y += height + o.boxGap;
		}
		bottom = Math.max(bottom, y - o.boxGap);
		x += width + o.columnGap;
	});

	const { edges, right } = routeEdges(tables, boxes, o);
	const width = Math.max(x - o.columnGap, right) + o.margin;
	return { width, height: bottom + o.margin, headings, boxes, edges, options: o };
}

/** Vertical middle of a column's row inside its box. */
export function rowMiddle(box: TableBox, index: number, o: LayoutOptions): number {
	return box.y + o.headerHeight + index * o.rowHeight + o.rowHeight / 2;
}

/** The relationship paths, and the rightmost x any of them reaches. */
function routeEdges(tables: readonly ScenarioTable[], boxes: TableBox[], o: LayoutOptions): { edges: Edge[]; right: number } {
	const byName = new Map(boxes.map((b) => [b.name, b]));
	const edges: Edge[] = [];
	let rightmost = 0;
	// Loops between tables of one column stack outwards, one lane each, so they do not overlap.
	const lanes = new Map<number, number>();
	for (const table of tables) {
		const source = byName.get(table.name);
		if (!source) continue;
		table.columns.forEach((column, i) => {
			if (!column.references) return;
			const dot = column.references.lastIndexOf('.');
			const targetName = column.references.slice(0, dot);
			const target = byName.get(targetName);
			if (!target) return;
			const targetTable = tables.find((t) => t.name === targetName);
			const targetIndex = Math.max(0, targetTable?.columns.findIndex((c) => c.name === column.references!.slice(dot + 1)) ?? 0);
			const sy = rowMiddle(source, i, o);
			const ty = rowMiddle(target, targetIndex, o);
			let start: Point;
			let end: Point;
			let d: string;
			if (target.column !== source.column) {
				// Leave from the side facing the target, arrive on the side facing the source.
				const rightward = target.column > source.column;
				start = { x: rightward ? source.x + source.width : source.x, y: sy };
				end = { x: rightward ? target.x : target.x + target.width, y: ty };
				const bend = Math.max(o.columnGap * 0.6, Math.abs(end.x - start.x) * 0.35) * (rightward ? 1 : -1);
				d = `M${fmt(start.x)},${fmt(start.y)} C${fmt(start.x + bend)},${fmt(start.y)} ${fmt(end.x - bend)},${fmt(end.y)} ${fmt(end.x)},${fmt(end.y)}`;
			} else {
				// Same column (a self-reference, a bridge to its fact): a bracket out into the gap on the right.
				const lane = (lanes.get(source.column) ?? 0) + 1;
				lanes.set(source.column, lane);
				const right = Math.max(source.x + source.width, target.x + target.width);
				const out = right + Math.min(o.columnGap - 8, 10 + lane * 8);
				rightmost = Math.max(rightmost, out);
				start = { x: source.x + source.width, y: sy };
				end = { x: target.x + target.width, y: ty };
				d = `M${fmt(start.x)},${fmt(start.y)} H${fmt(out)} V${fmt(end.y)} H${fmt(end.x)}`;
			}
			edges.push({ from: `${table.name}.${column.name}`, to: column.references, fromTable: table.name, toTable: targetName, start, end, d });
		});
	}
	return { edges, right: rightmost };
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);
