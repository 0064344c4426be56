// The one module that reads the clock. Everything else takes `now` as a parameter, so domain code is
// testable with fixed dates and browser tests can install a fake clock.
export function now(): number {
	return Date.now();
}

/** The local time zone's offset (minutes) at an instant, as Date#getTimezoneOffset reports it. */
export { localOffset as timezoneOffsetAt } from '$lib/model';
