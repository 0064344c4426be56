// What a validated file holds, in numbers a user can check before choosing Replace or Merge.
import type { ValidBackup } from './format';

export interface BackupSummary {
	exportedAt: number;
	fileVersion: number;
	reviews: number;
	/** Cards that have been reviewed at least once. */
	cardsStudied: number;
	ownCards: number;
	sets: number;
	interviews: number;
	/** First and last review, or null when the file has none. */
	range: { first: number; last: number } | null;
	/** Made from a different content bundle: some of its cards may be unknown here. */
	otherContent: boolean;
}

export function summarise(backup: ValidBackup, localContentHash: string | null): BackupSummary {
	let first = Infinity;
	let last = -Infinity;
	for (const review of backup.data.reviews) {
		if (review.reviewedAt < first) first = review.reviewedAt;
		if (review.reviewedAt > last) last = review.reviewedAt;
	}
	return {
		exportedAt: backup.exportedAt,
		fileVersion: backup.fileVersion,
		reviews: backup.data.reviews.length,
		cardsStudied: new Set(backup.data.reviews.map((review) => review.cardId)).size,
		ownCards: backup.data.userItems.length,
		sets: backup.data.sets.length,
		interviews: backup.data.interviews.length,
		range: backup.data.reviews.length ? { first, last } : null,
		otherContent: localContentHash !== null && backup.contentHash !== localContentHash
	};
}
