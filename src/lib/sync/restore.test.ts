import { describe, expect, it } from 'vitest';
import { offersRestore } from './restore';

const server = { documents: 12_345, hasReviews: true };

describe('offering to restore from the server', () => {
	it('offers it to an empty device meeting a database with history', () => {
		expect(offersRestore({ reviews: 0, pulledBefore: false }, server)).toBe(true);
	});

	it('does not offer it when the device has reviews of its own: their histories are united', () => {
		expect(offersRestore({ reviews: 3, pulledBefore: false }, server)).toBe(false);
	});

	it('does not offer it again once the device has read the database (a restore cut off resumes as a sync)', () => {
		expect(offersRestore({ reviews: 0, pulledBefore: true }, server)).toBe(false);
	});

	it('does not offer it when the database holds no review (settings alone are not a history)', () => {
		expect(offersRestore({ reviews: 0, pulledBefore: false }, { documents: 4, hasReviews: false })).toBe(false);
	});
});
