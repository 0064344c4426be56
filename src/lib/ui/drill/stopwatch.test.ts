import { describe, expect, it } from 'vitest';
import { Stopwatch, formatClock, formatDownload } from './stopwatch';

const T0 = Date.UTC(2026, 5, 16, 10, 0, 0);

describe('Stopwatch', () => {
	it('counts time since it started', () => {
		const watch = new Stopwatch(T0);
		expect(watch.elapsedMs(T0 + 42_000)).toBe(42_000);
	});

	it('does not count the time it was paused (the tab was hidden)', () => {
		const watch = new Stopwatch(T0);
		watch.pause(T0 + 30_000);
		expect(watch.running).toBe(false);
		expect(watch.elapsedMs(T0 + 3_600_000)).toBe(30_000);
		watch.resume(T0 + 3_600_000);
		expect(watch.elapsedMs(T0 + 3_610_000)).toBe(40_000);
	});

	it('ignores a second pause or resume', () => {
		const watch = new Stopwatch(T0);
		watch.pause(T0 + 10_000);
		watch.pause(T0 + 20_000);
		watch.resume(T0 + 30_000);
		watch.resume(T0 + 40_000);
		expect(watch.elapsedMs(T0 + 50_000)).toBe(30_000);
	});

	it('can start paused, for a page opened in the background', () => {
		const watch = new Stopwatch(T0, false);
		expect(watch.elapsedMs(T0 + 60_000)).toBe(0);
		watch.resume(T0 + 60_000);
		expect(watch.elapsedMs(T0 + 65_000)).toBe(5_000);
	});

	it('never goes backwards when the clock does', () => {
		const watch = new Stopwatch(T0);
		expect(watch.elapsedMs(T0 - 5_000)).toBe(0);
	});
});

describe('formatClock', () => {
	it('shows minutes and two-digit seconds, and hours past an hour', () => {
		expect(formatClock(0)).toBe('0:00');
		expect(formatClock(9_999)).toBe('0:09');
		expect(formatClock(65_400)).toBe('1:05');
		expect(formatClock(600_000)).toBe('10:00');
		expect(formatClock(3_725_000)).toBe('1:02:05');
	});
});

describe('formatDownload', () => {
	it('says megabytes loaded of the total, one decimal', () => {
		expect(formatDownload({ loadedBytes: 3_140_000, totalBytes: 12_263_000 })).toBe('3.1 of 12.3 MB');
		expect(formatDownload({ loadedBytes: 0, totalBytes: 12_263_000 })).toBe('0.0 of 12.3 MB');
	});
});
