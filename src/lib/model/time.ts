// Time constants and the time-zone resolver. Times are epoch milliseconds everywhere.

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
/** 24 hours. A study day can be 23 or 25 hours long across a daylight-saving change: see srs/day.ts. */
export const DAY = 24 * HOUR;

/**
 * The local time zone's offset, in the sign convention of Date#getTimezoneOffset: minutes to add to
 * local time to get UTC (New York in winter: 300; Berlin in winter: -60). A number is a fixed
 * offset; a function gives the offset in force at an instant, which is how DST is modelled.
 */
export type TimezoneOffset = number | ((at: number) => number);

/** The runtime's own time zone at an instant. Reading the zone's rules is not reading the clock. */
export function localOffset(at: number): number {
	return new Date(at).getTimezoneOffset();
}

/** The offset in force at an instant: the runtime's own zone when none is given. */
export function offsetResolver(offset: TimezoneOffset | undefined): (at: number) => number {
	if (offset === undefined) return localOffset;
	if (typeof offset === 'number') return () => offset;
	return offset;
}
