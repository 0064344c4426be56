import type { RehearseDb } from './database';

/**
 * How much review history is stored: a count from the index and the oldest review's time, both
 * cheap. Feeds the wipe marker (pwa/history-marker.ts).
 */
export async function reviewHistorySummary(db: RehearseDb): Promise<{ reviewCount: number; firstReviewAt: number | null }> {
	return db.transaction('r', db.reviews, async () => {
		const reviewCount = await db.reviews.count();
		const first = reviewCount ? await db.reviews.orderBy('reviewedAt').first() : undefined;
		return { reviewCount, firstReviewAt: first?.reviewedAt ?? null };
	});
}
