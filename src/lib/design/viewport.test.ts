import { describe, expect, it } from 'vitest';
import { MAX_SCALE, clampView, fitView, panBy, pinch, viewBox, zoomAt } from './viewport';

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
});
