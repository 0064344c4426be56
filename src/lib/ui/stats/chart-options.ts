// Shared pieces of the uPlot charts: axes styled from the theme's tokens, and an x axis of
// categories (days, weeks) labelled from our own keys rather than uPlot's time formatting, so the
// labels match the study days the figures were bucketed by.
import type uPlot from 'uplot';
import type { ChartColors } from './colors.svelte';

const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** x axis over indexes 0…n-1, labelled every `every` entries. */
export function categoryAxis(colors: ChartColors, labels: readonly string[], every: number): uPlot.Axis {
	return {
		stroke: colors.muted,
		font: FONT,
		grid: { show: false },
		ticks: { stroke: colors.grid, size: 4 },
		size: 30,
		splits: () => labels.map((_, index) => index).filter((index) => index % every === 0),
		values: (_chart, splits) => splits.map((index) => labels[index] ?? '')
	};
}

/** A y axis with light grid lines. */
export function valueAxis(
	colors: ChartColors,
	{ scale = 'y', side = 3, grid = true, format }: { scale?: string; side?: 0 | 1 | 2 | 3; grid?: boolean; format?: (value: number) => string } = {}
): uPlot.Axis {
	return {
		scale,
		side,
		stroke: colors.muted,
		font: FONT,
		grid: { show: grid, stroke: colors.grid, width: 1 },
		ticks: { show: false },
		size: 40,
		gap: 4,
		...(format ? { values: (_chart: uPlot, splits: number[]) => splits.map(format) } : {})
	};
}

/** The x scale for n categories, padded half a slot each side so edge bars are not cut in half. */
export function categoryScale(count: number): uPlot.Scale {
	return { time: false, range: () => [-0.5, Math.max(0, count - 1) + 0.5] };
}

/** Charts are for reading, not exploring: no drag-to-zoom (it fights scrolling on touch screens). */
export const STATIC_CURSOR: uPlot.Cursor = { drag: { x: false, y: false, setScale: false }, points: { show: false } };
