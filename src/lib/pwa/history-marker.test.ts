import { describe, expect, it } from 'vitest';
import { historyWipeSuspected, markerFor, type HistoryMarker } from './history-marker';

const T = Date.parse('2026-03-01T10:00:00Z');
const marker = (reviewCount: number): HistoryMarker => ({ firstReviewAt: T, reviewCount, writtenAt: T + 1000 });

describe('historyWipeSuspected', () => {
	it('is true only when the marker counted reviews and none are stored now', () => {
		expect(historyWipeSuspected(marker(120), 0)).toBe(true);
		expect(historyWipeSuspected(marker(1), 0)).toBe(true);
	});
	it('is false for a first visit, a marker that counted nothing, or history still present', () => {
		expect(historyWipeSuspected(null, 0)).toBe(false);
		expect(historyWipeSuspected(marker(0), 0)).toBe(false);
		expect(historyWipeSuspected(marker(120), 120)).toBe(false);
		// Fewer reviews than counted is not a wipe (an integrity repair may remove duplicates).
		expect(historyWipeSuspected(marker(120), 3)).toBe(false);
	});
});

describe('markerFor', () => {
	it('remembers the first review and the count', () => {
		expect(markerFor({ reviewCount: 42, firstReviewAt: T }, T + 5)).toEqual({ firstReviewAt: T, reviewCount: 42, writtenAt: T + 5 });
	});
	it('writes nothing while there is no history, so an empty database never overwrites a marker', () => {
		expect(markerFor({ reviewCount: 0, firstReviewAt: null }, T)).toBeNull();
	});
});
