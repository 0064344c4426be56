import { describe, expect, it } from 'vitest';
import { LABEL_WIDTH, monthLabels } from './heatmap-labels';

describe('monthLabels', () => {
	// 26 weeks from x 20 at a 13 px pitch: the grid ends at 358.
	const width = 20 + 26 * 13;

	it('starts a month name at its column', () => {
		expect(monthLabels([{ week: 4, label: 'Mar' }], 20, 13, width)).toEqual([{ week: 4, label: 'Mar', x: 72, anchor: 'start' }]);
	});

	it('ends a month that starts in the last column at the right edge (regression: its name was clipped)', () => {
		const [label] = monthLabels([{ week: 25, label: 'Dec' }], 20, 13, width);
		expect(label).toEqual({ week: 25, label: 'Dec', x: width, anchor: 'end' });
		// Either way the whole name fits inside the SVG.
		for (const week of [0, 10, 24, 25]) {
			const [at] = monthLabels([{ week, label: 'Dec' }], 20, 13, width);
			const right = at.anchor === 'end' ? at.x : at.x + LABEL_WIDTH;
			expect(right).toBeLessThanOrEqual(width);
		}
	});
});
