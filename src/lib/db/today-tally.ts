// What today's answers add up to, read by both study queues (the whole bank and a saved set): the
// cards introduced, the review cards answered (the day's review limit counts these), and the items
// touched, whose other new cards wait for another day.
import type { ReviewRecord } from '$lib/model';

export interface TodayTally {
	/** Cards answered for the first time today. */
	introduced: Set<string>;
	/** Answers to cards that were in review, against the day's review limit. */
	reviewsDone: number;
	/** Items with any answer today. */
	items: Set<string>;
}

export function tallyToday(reviews: readonly Pick<ReviewRecord, 'cardId' | 'itemId' | 'phaseBefore'>[]): TodayTally {
	const tally: TodayTally = { introduced: new Set(), reviewsDone: 0, items: new Set() };
	for (const review of reviews) {
		if (review.phaseBefore === 'new') tally.introduced.add(review.cardId);
		if (review.phaseBefore === 'review') tally.reviewsDone++;
		tally.items.add(review.itemId);
	}
	return tally;
}
