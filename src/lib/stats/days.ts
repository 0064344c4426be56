// Runs of consecutive study days, with their exact boundaries. Per-day figures bucket thousands of
// timestamps, so the boundaries are worked out once per day (DST-correct, via srs/day) and each
// timestamp is then placed by binary search instead of by date arithmetic.
import { dayWindow, studyDayOf } from '$lib/srs';
import type { StatsClock } from './types';

export interface StudyDay {
	/** The local date the study day began on, "2025-03-09". */
	key: string;
	start: number;
	/** Exclusive. */
	end: number;
}

function toDay(window: { start: number; end: number }, clock: StatsClock): StudyDay {
	return { key: studyDayOf(window.start, clock.dayStartHour, clock.tz), start: window.start, end: window.end };
}

/** The `count` study days ending with today's, oldest first. */
export function daysEndingToday(clock: StatsClock, count: number): StudyDay[] {
	const days: StudyDay[] = [];
	let window = dayWindow(clock.now, clock.dayStartHour, clock.tz);
	for (let i = 0; i < count; i++) {
		days.push(toDay(window, clock));
		window = dayWindow(window.start - 1, clock.dayStartHour, clock.tz);
	}
	return days.reverse();
}

/** The `count` study days starting with today's, in order. */
export function daysStartingToday(clock: StatsClock, count: number): StudyDay[] {
	const days: StudyDay[] = [];
	let window = dayWindow(clock.now, clock.dayStartHour, clock.tz);
	for (let i = 0; i < count; i++) {
		days.push(toDay(window, clock));
		window = dayWindow(window.end, clock.dayStartHour, clock.tz);
	}
	return days;
}

/** Index of the day containing `at` in consecutive `days`, or -1 when `at` falls outside them all. */
export function dayIndexOf(days: readonly StudyDay[], at: number): number {
	if (!days.length || at < days[0].start || at >= days[days.length - 1].end) return -1;
	let low = 0;
	let high = days.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (days[mid].start <= at) low = mid;
		else high = mid - 1;
	}
	return low;
}

/** Day of the week of a "YYYY-MM-DD" key, Monday = 0 … Sunday = 6. */
export function weekdayOf(key: string): number {
	return (new Date(`${key}T00:00:00Z`).getUTCDay() + 6) % 7;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-09" → "Mar". Fixed English names: the app's text is English, and tests stay exact. */
export function monthName(key: string): string {
	return MONTHS[Number(key.slice(5, 7)) - 1];
}

/** "2025-03-09" → "9 Mar". */
export function shortDate(key: string): string {
	return `${Number(key.slice(8, 10))} ${monthName(key)}`;
}
