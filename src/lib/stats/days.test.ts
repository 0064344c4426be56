import { describe, expect, it } from 'vitest';
import { dayIndexOf, daysEndingToday, daysStartingToday, shortDate, weekdayOf } from './days';
import { CLOCK, at } from './testing';

describe('study days', () => {
	it('lists the days ending today, oldest first, each starting at the day-start hour', () => {
		const days = daysEndingToday(CLOCK, 3);
		expect(days.map((d) => d.key)).toEqual(['2026-03-16', '2026-03-17', '2026-03-18']);
		expect(days[2].start).toBe(at('2026-03-18T04:00:00Z'));
		expect(days[2].end).toBe(at('2026-03-19T04:00:00Z'));
	});

	it('counts a review at 03:59 towards the day before', () => {
		const days = daysEndingToday(CLOCK, 3);
		expect(dayIndexOf(days, at('2026-03-18T03:59:00Z'))).toBe(1);
		expect(dayIndexOf(days, at('2026-03-18T04:00:00Z'))).toBe(2);
		expect(dayIndexOf(days, at('2026-03-16T03:59:59Z'))).toBe(-1);
		expect(dayIndexOf(days, at('2026-03-19T04:00:00Z'))).toBe(-1);
	});

	it('follows daylight saving time: the study day the clocks go forward in lasts 23 hours', () => {
		// New York: UTC-5 until 2026-03-08 07:00 UTC, then UTC-4.
		const switchAt = at('2026-03-08T07:00:00Z');
		const tz = (t: number) => (t < switchAt ? 300 : 240);
		const days = daysStartingToday({ now: at('2026-03-07T12:00:00Z'), dayStartHour: 4, tz }, 3);
		expect(days.map((d) => d.key)).toEqual(['2026-03-07', '2026-03-08', '2026-03-09']);
		// The study day of the 7th runs from 04:00 EST to 04:00 EDT the next morning.
		expect((days[0].end - days[0].start) / 3_600_000).toBe(23);
		expect((days[1].end - days[1].start) / 3_600_000).toBe(24);
	});

	it('names weekdays from Monday and formats short dates', () => {
		expect(weekdayOf('2026-03-16')).toBe(0);
		expect(weekdayOf('2026-03-22')).toBe(6);
		expect(shortDate('2026-03-09')).toBe('9 Mar');
	});
});
