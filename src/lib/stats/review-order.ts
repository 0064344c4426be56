import type { ReviewFact } from './types';

/** The reviews oldest first; returns the same array when it already is (the loader reads them in order). */
export function oldestFirst(reviews: readonly ReviewFact[]): readonly ReviewFact[] {
	for (let i = 1; i < reviews.length; i++) {
		if (reviews[i].reviewedAt < reviews[i - 1].reviewedAt) return [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt);
	}
	return reviews;
}
