import { describe, expect, it } from 'vitest';
import { isPrecacheProgress, megabytes, PRECACHE_PROGRESS } from './offline-progress';

describe('offline download progress', () => {
	it('reads as megabytes stored of the total', () => {
		expect(megabytes(3_140_000, 8_200_000)).toBe('3.1 of 8.2 MB');
		expect(megabytes(0, 34_960_000)).toBe('0.0 of 35.0 MB');
	});

	it('recognises only the service worker\'s own message', () => {
		expect(isPrecacheProgress({ type: PRECACHE_PROGRESS, bytes: 1, total: 2 })).toBe(true);
		expect(isPrecacheProgress({ type: 'SKIP_WAITING' })).toBe(false);
		expect(isPrecacheProgress(null)).toBe(false);
		expect(isPrecacheProgress('rehearse:precache-progress')).toBe(false);
	});
});
