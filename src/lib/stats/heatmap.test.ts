import { describe, expect, it } from 'vitest';
import { bucketList, tallyLog } from './buckets';
import { heatmapFrom } from './heatmap';
import { CLOCK, DAY, NOW, at, review } from './testing';

/** The heatmap of reviews at these times, from their buckets as the page reads them. */
const heatmapOf = (times: number[], weeks: number) => heatmapFrom(bucketList(tallyLog(times.map((time) => review(time)))), CLOCK, weeks);

describe('heatmapFrom', () => {
	it('lays out whole weeks from a Monday and stops at today', () => {
		const map = heatmapOf([], 4);
		// Three full weeks plus Monday-Wednesday of this one.
		expect(map.days).toHaveLength(3 * 7 + 3);
		expect(map.days[0].key).toBe('2026-02-23');
		expect(map.days[0].weekday).toBe(0);
		expect(map.days.at(-1)).toMatchObject({ key: '2026-03-18', week: 3, weekday: 2 });
		expect(map.total).toBe(0);
		expect(map.busiest).toBeNull();
		expect(map.streak).toBe(0);
	});

	it('counts reviews per study day and scales levels to the busiest day', () => {
		const reviews = [
			...Array.from({ length: 8 }, () => at('2026-03-17T10:00:00Z')),
			at('2026-03-18T03:00:00Z'), // still the 17th's study day
			at('2026-03-16T09:00:00Z'),
			at('2025-01-01T09:00:00Z') // outside the window
		];
		const map = heatmapOf(reviews, 4);
		const byKey = new Map(map.days.map((d) => [d.key, d]));
		expect(byKey.get('2026-03-17')).toMatchObject({ count: 9, level: 4 });
		expect(byKey.get('2026-03-16')).toMatchObject({ count: 1, level: 1 });
		expect(byKey.get('2026-03-18')).toMatchObject({ count: 0, level: 0 });
		expect(map.total).toBe(10);
		expect(map.activeDays).toBe(2);
		expect(map.busiest).toEqual({ key: '2026-03-17', count: 9 });
		// Today has none yet, so the streak runs through yesterday.
		expect(map.streak).toBe(2);
	});

	it('labels the columns where months begin', () => {
		const map = heatmapOf([], 8);
		expect(map.days[0].key).toBe('2026-01-26');
		// 1 Feb is a Sunday (column 0), 1 Mar a Sunday (column 4); January gets no label of its own.
		expect(map.months).toEqual([
			{ week: 0, label: 'Feb' },
			{ week: 4, label: 'Mar' }
		]);
	});

	it('breaks the streak on a day without reviews', () => {
		const reviews = [NOW, NOW - DAY, NOW - 3 * DAY];
		expect(heatmapOf(reviews, 2).streak).toBe(2);
	});
});
