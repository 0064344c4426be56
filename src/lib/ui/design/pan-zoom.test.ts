import { describe, expect, it } from 'vitest';
import { PanZoom } from './pan-zoom.svelte';

const rect = { left: 0, top: 0 } as DOMRect;
const pointer = (type: string, pointerId: number, clientX: number, clientY = 100) => ({ type, pointerId, clientX, clientY }) as PointerEvent;

function fitted() {
	const zoom = new PanZoom({ width: 900, height: 600 });
	zoom.resize({ width: 300, height: 300 }, true);
	return zoom;
}

describe('PanZoom', () => {
	it('treats a press that barely moves as a tap on its table', () => {
		const zoom = fitted();
		zoom.down(pointer('pointerdown', 1, 100), rect, 'dim_rider');
		zoom.move(pointer('pointermove', 1, 103));
		expect(zoom.up(pointer('pointerup', 1, 103))).toBe('dim_rider');
	});

	it('pans on a drag, and a drag is no tap', () => {
		const zoom = fitted();
		const before = zoom.view;
		zoom.down(pointer('pointerdown', 1, 100), rect, 'dim_rider');
		zoom.move(pointer('pointermove', 1, 160));
		expect(zoom.up(pointer('pointerup', 1, 160))).toBeNull();
		expect(zoom.view.x).toBeLessThan(before.x);
	});

	it('zooms in when two fingers spread, even if the browser then cancels them', () => {
		const zoom = fitted();
		const before = zoom.view.scale;
		zoom.down(pointer('pointerdown', 2, 130), rect, null);
		zoom.down(pointer('pointerdown', 3, 170), rect, null);
		zoom.move(pointer('pointermove', 3, 190));
		zoom.move(pointer('pointermove', 2, 110));
		zoom.up(pointer('pointercancel', 2, 0));
		zoom.up(pointer('pointercancel', 3, 0));
		expect(zoom.view.scale).toBeCloseTo(before * 2);
	});
});
