import { describe, expect, it } from 'vitest';
import { dueForecast } from './forecast';
import { CLOCK, DAY, NOW, at, card } from './testing';

describe('dueForecast', () => {
	it('counts cards per study day from today, folding overdue cards into today', () => {
		const cards = [
			card({ due: NOW - 3 * DAY }), // overdue
			card({ due: at('2026-03-19T03:00:00Z') }), // before 04:00: still today's study day
			card({ due: at('2026-03-19T05:00:00Z') }), // tomorrow
			card({ due: NOW + 2 * DAY, phase: 'learning' }),
			card({ due: NOW + 40 * DAY }) // beyond the window
		];
		const forecast = dueForecast(cards, CLOCK, 5);
		expect(forecast.days).toEqual([
			{ key: '2026-03-18', count: 2 },
			{ key: '2026-03-19', count: 1 },
			{ key: '2026-03-20', count: 1 },
			{ key: '2026-03-21', count: 0 },
			{ key: '2026-03-22', count: 0 }
		]);
		expect(forecast.overdue).toBe(1);
		expect(forecast.total).toBe(4);
	});

	it('leaves out new, suspended and archived cards', () => {
		const cards = [card({ phase: 'new', due: NOW }), card({ suspended: 1, due: NOW }), card({ archived: 1, due: NOW })];
		expect(dueForecast(cards, CLOCK, 3).total).toBe(0);
	});
});
