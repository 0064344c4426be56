import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const now = Date.UTC(2026, 10, 21, 12);

describe('relativeTime', () => {
	it('says how long ago in the largest whole unit', () => {
		expect(relativeTime(now - 2 * 3_600_000, now, 'en')).toBe('2 hours ago');
		expect(relativeTime(now - 86_400_000, now, 'en')).toBe('yesterday');
		expect(relativeTime(now - 3 * 86_400_000, now, 'en')).toBe('3 days ago');
	});

	it('speaks of the future too', () => {
		expect(relativeTime(now + 10 * 60_000, now, 'en')).toBe('in 10 minutes');
	});

	it('calls anything under a minute now', () => {
		expect(relativeTime(now - 20_000, now, 'en')).toBe('this minute');
	});
});
