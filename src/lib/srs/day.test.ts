import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart, dayWindow, studyDayOf } from './index';

const HOUR = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

// America/New_York in 2025, in Date#getTimezoneOffset's convention (minutes behind UTC):
// clocks go forward at 2025-03-09 07:00Z (02:00 EST → 03:00 EDT) and back at 2025-11-02 06:00Z.
const newYork = (at: number) => (at >= utc('2025-03-09T07:00:00Z') && at < utc('2025-11-02T06:00:00Z') ? 240 : 300);

describe('study day with a 4am start', () => {
	it('counts 03:59 as the previous day and 04:01 as the new one', () => {
		expect(dayStart(utc('2025-03-12T03:59:00Z'), 4, 0)).toBe(utc('2025-03-11T04:00:00Z'));
		expect(dayStart(utc('2025-03-12T04:01:00Z'), 4, 0)).toBe(utc('2025-03-12T04:00:00Z'));
		expect(dayEnd(utc('2025-03-12T03:59:00Z'), 4, 0)).toBe(utc('2025-03-12T04:00:00Z'));
		expect(studyDayOf(utc('2025-03-12T03:59:00Z'), 4, 0)).toBe('2025-03-11');
		expect(studyDayOf(utc('2025-03-12T04:01:00Z'), 4, 0)).toBe('2025-03-12');
	});

	it('uses local time: 04:30 in Berlin is 03:30 UTC', () => {
		const berlinWinter = -60;
		expect(dayStart(utc('2025-01-15T03:30:00Z'), 4, berlinWinter)).toBe(utc('2025-01-15T03:00:00Z'));
		expect(studyDayOf(utc('2025-01-15T02:59:00Z'), 4, berlinWinter)).toBe('2025-01-14');
	});

	it('starts exactly at the boundary instant', () => {
		const start = utc('2025-06-01T04:00:00Z');
		expect(dayWindow(start, 4, 0)).toEqual({ start, end: start + 24 * HOUR });
	});

	it('is 23 hours long when the clocks go forward', () => {
		// 03:59 EDT is 07:59Z: still the day that began at 04:00 EST on the 8th.
		const window = dayWindow(utc('2025-03-09T07:59:00Z'), 4, newYork);
		expect(window).toEqual({ start: utc('2025-03-08T09:00:00Z'), end: utc('2025-03-09T08:00:00Z') });
		expect(window.end - window.start).toBe(23 * HOUR);
		expect(dayStart(utc('2025-03-09T08:01:00Z'), 4, newYork)).toBe(utc('2025-03-09T08:00:00Z'));
		expect(studyDayOf(utc('2025-03-09T08:01:00Z'), 4, newYork)).toBe('2025-03-09');
	});

	it('is 25 hours long when the clocks go back', () => {
		const window = dayWindow(utc('2025-11-02T05:30:00Z'), 4, newYork);
		expect(window).toEqual({ start: utc('2025-11-01T08:00:00Z'), end: utc('2025-11-02T09:00:00Z') });
		expect(window.end - window.start).toBe(25 * HOUR);
	});

	it('starts a day whose start hour is skipped by DST at the moment the clocks jump', () => {
		// 02:00 does not exist in New York on 2025-03-09; the day begins when 01:59:59 EST becomes 03:00 EDT.
		expect(dayStart(utc('2025-03-09T12:00:00Z'), 2, newYork)).toBe(utc('2025-03-09T07:00:00Z'));
	});

	it('starts a day whose start hour happens twice at its first occurrence', () => {
		// 01:00 happens at 05:00Z (EDT) and again at 06:00Z (EST) on 2025-11-02.
		expect(dayStart(utc('2025-11-02T06:30:00Z'), 1, newYork)).toBe(utc('2025-11-02T05:00:00Z'));
	});

	it('always contains now', () => {
		for (let at = utc('2025-03-07T00:00:00Z'); at < utc('2025-03-11T00:00:00Z'); at += 17 * 60_000) {
			for (const hour of [0, 2, 4, 23]) {
				const { start, end } = dayWindow(at, hour, newYork);
				expect(start).toBeLessThanOrEqual(at);
				expect(end).toBeGreaterThan(at);
			}
		}
	});

	it("defaults to the runtime's own time zone", () => {
		const at = utc('2025-07-01T12:00:00Z');
		expect(dayWindow(at, 4)).toEqual(dayWindow(at, 4, (t) => new Date(t).getTimezoneOffset()));
	});

	it('rejects a start hour that is not a whole hour of the day', () => {
		expect(() => dayStart(0, 24, 0)).toThrow(/dayStartHour must be a whole hour from 0 to 23, got 24/);
	});
});
