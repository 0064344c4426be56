import { describe, expect, it } from 'vitest';
import { MAX_SCALE, clampView, fitView, openingView, panBy, pinch, viewBox, zoomAt } from './viewport';

const content = { width: 900, height: 600 };
const frame = { width: 300, height: 300 };

describe('viewport', () => {
	it('fits the whole diagram, centred', () => {
		const view = fitView(content, frame);
		expect(view.scale).toBeCloseTo(1 / 3);
		expect(view.x).toBeCloseTo(0);
		expect(view.y).toBeCloseTo((600 - 900) / 2);
		expect(viewBox(view, frame)).toBe('0 -150 900 900');
	});

	it('zooms around the point under the finger, which stays put', () => {
		const start = fitView(content, frame);
		const at = { x: 150, y: 100 };
		const before = { x: start.x + at.x / start.scale, y: start.y + at.y / start.scale };
		const view = zoomAt(start, 2, at, content, frame);
		expect(view.scale).toBeCloseTo(2 / 3);
		expect(view.x + at.x / view.scale).toBeCloseTo(before.x);
		expect(view.y + at.y / view.scale).toBeCloseTo(before.y);
	});

	it('caps the zoom in both directions', () => {
		const start = fitView(content, frame);
		expect(zoomAt(start, 1000, { x: 0, y: 0 }, content, frame).scale).toBe(MAX_SCALE);
		expect(zoomAt(start, 0.001, { x: 0, y: 0 }, content, frame).scale).toBeCloseTo((1 / 3) * 0.8);
	});

	it('pans with the finger and never loses the diagram', () => {
		const start = { x: 100, y: 100, scale: 1 };
		expect(panBy(start, 30, -20, content, frame)).toEqual({ x: 70, y: 120, scale: 1 });
		const flung = panBy(start, -100_000, -100_000, content, frame);
		expect(flung).toEqual(clampView(flung, content, frame));
		expect(flung.x).toBeLessThan(content.width);
		expect(flung.y).toBeLessThan(content.height);
	});

	it('pinches: spreading two fingers to twice their distance doubles the scale', () => {
		const start = { x: 100, y: 100, scale: 1 };
		const view = pinch(
			start,
			[{ x: 100, y: 150 }, { x: 200, y: 150 }],
			[{ x: 50, y: 150 }, { x: 250, y: 150 }],
			content,
			frame
		);
		expect(view.scale).toBeCloseTo(2);
		// The midpoint did not move, so the diagram point under it stays put.
		expect(view.x + 150 / view.scale).toBeCloseTo(start.x + 150);
	});

	describe('openingView', () => {
		// Three columns of tables, 400 units wide each (long column names), 64 apart.
		const columns = [0, 1, 2].map((i) => ({ x: 12 + i * 464, width: 400 }));
		const diagram = { width: 12 + 3 * 400 + 2 * 64 + 12, height: 1200 };

		it('shows one column across a phone, from the top, instead of the whole diagram shrunk', () => {
			const phone = { width: 326, height: 460 };
			const view = openingView(diagram, phone, columns, 12);
			expect(view.scale).toBeCloseTo(326 / 424);
			expect(fitView(diagram, phone).scale).toBeLessThan(0.4);
			expect(view.y).toBe(0);
			// The first column is on screen from edge to edge.
			expect((columns[0].x - view.x) * view.scale).toBeGreaterThanOrEqual(0);
			expect((columns[0].x + columns[0].width - view.x) * view.scale).toBeLessThanOrEqual(326);
		});

		it('never enlarges past 1:1 on a wide frame', () => {
			const view = openingView(diagram, { width: 700, height: 460 }, columns, 12);
			expect(view.scale).toBe(1);
		});

		it('shows the whole diagram when it fits at that scale', () => {
			const small = { width: 400, height: 300 };
			const frameWide = { width: 1200, height: 460 };
			expect(openingView(small, frameWide, [{ x: 12, width: 180 }], 12)).toEqual(fitView(small, frameWide));
		});
	});
});
