// The study day: it starts at a local hour (e.g. 04:00), not at midnight, so a late-night session
// counts towards the day it belongs to. "Local" depends on the time zone's offset, which changes
// with daylight saving time: a study day is 23 or 25 hours long on those days.

import { DAY, HOUR, MINUTE, offsetResolver, type TimezoneOffset } from '$lib/model';

export type { TimezoneOffset };

/** An instant's local wall-clock time, as if that wall clock were UTC. */
function toWall(at: number, offsetAt: (at: number) => number): number {
	return at - offsetAt(at) * MINUTE;
}

/**
 * The instant at which the local wall clock reads `wall`. Assumes at most one offset change within a
 * day either side (true of real time zones). A wall time that happens twice (clocks going back)
 * resolves to its first occurrence; one that never happens (clocks going forward) to the instant
 * the clocks jump, so the study day still starts at the first local time at or after its hour.
 */
function fromWall(wall: number, offsetAt: (at: number) => number): number {
	const before = wall + offsetAt(wall - DAY) * MINUTE;
	const after = wall + offsetAt(wall + DAY) * MINUTE;
	const beforeValid = toWall(before, offsetAt) === wall;
	const afterValid = toWall(after, offsetAt) === wall;
	if (beforeValid && afterValid) return Math.min(before, after);
	if (beforeValid) return before;
	if (afterValid) return after;
	return Math.max(before, after);
}

/** The wall-clock start (as UTC ms) of the study day containing `now`. */
function wallDayStart(now: number, dayStartHour: number, offsetAt: (at: number) => number): number {
	const hourInDay = dayStartHour * HOUR;
	return Math.floor((toWall(now, offsetAt) - hourInDay) / DAY) * DAY + hourInDay;
}

function checkHour(dayStartHour: number): void {
	if (!Number.isInteger(dayStartHour) || dayStartHour < 0 || dayStartHour > 23) {
		throw new Error(`dayStartHour must be a whole hour from 0 to 23, got ${dayStartHour}`);
	}
}

/**
 * When the study day containing `now` began.
 * @example dayStart(Date.parse('2025-03-10T03:59:00Z'), 4, 0) // 2025-03-09T04:00:00Z
 */
export function dayStart(now: number, dayStartHour: number, tzOffsetMinutes?: TimezoneOffset): number {
	return dayWindow(now, dayStartHour, tzOffsetMinutes).start;
}

/** When the study day containing `now` ends (exclusive): the next day's start. */
export function dayEnd(now: number, dayStartHour: number, tzOffsetMinutes?: TimezoneOffset): number {
	return dayWindow(now, dayStartHour, tzOffsetMinutes).end;
}

/** The study day containing `now`, as [start, end) in epoch ms: start <= now < end. */
export function dayWindow(
	now: number,
	dayStartHour: number,
	tzOffsetMinutes?: TimezoneOffset
): { start: number; end: number } {
	checkHour(dayStartHour);
	const offsetAt = offsetResolver(tzOffsetMinutes);
	const wallStart = wallDayStart(now, dayStartHour, offsetAt);
	return { start: fromWall(wallStart, offsetAt), end: fromWall(wallStart + DAY, offsetAt) };
}

/**
 * The study day containing `now`, named by the local date it began on ("2025-03-09"): a key for
 * per-day counts and streaks. 03:59 on the 10th with a 4am day start is still "2025-03-09".
 */
export function studyDayOf(now: number, dayStartHour: number, tzOffsetMinutes?: TimezoneOffset): string {
	checkHour(dayStartHour);
	const wallStart = wallDayStart(now, dayStartHour, offsetResolver(tzOffsetMinutes));
	return new Date(wallStart).toISOString().slice(0, 10);
}
