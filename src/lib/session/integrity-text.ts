// Plain-English lines for the integrity report: one per category with a non-zero count.
import type { IntegrityFindings, IntegrityRepairs } from '$lib/db';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

const FOUND: { [K in keyof IntegrityFindings]: (n: number) => string } = {
	reviewsWithoutCard: (n) => plural(n, 'review whose card is missing', 'reviews whose card is missing'),
	cardsWithoutItem: (n) => plural(n, 'card whose item is missing', 'cards whose item is missing'),
	impossibleCards: (n) => plural(n, 'card with an impossible schedule', 'cards with an impossible schedule'),
	invalidReviews: (n) => plural(n, 'review with an invalid grade or time', 'reviews with an invalid grade or time'),
	duplicateReviews: (n) => plural(n, 'review stored twice', 'reviews stored twice'),
	duplicateCards: (n) => plural(n, 'card stored twice under another id', 'cards stored twice under another id')
};

const REPAIRED: { [K in keyof IntegrityRepairs]: (n: number) => string } = {
	cardsRebuilt: (n) => `${plural(n, 'card', 'cards')} rescheduled from ${n === 1 ? 'its' : 'their'} reviews`,
	cardsCreated: (n) => `${plural(n, 'card', 'cards')} re-created from ${n === 1 ? 'its' : 'their'} reviews`,
	cardsRemoved: (n) => `${plural(n, 'card', 'cards')} removed`,
	reviewsRemoved: (n) => `${plural(n, 'review', 'reviews')} removed`,
	reviewsMoved: (n) => `${plural(n, 'review', 'reviews')} moved to the card they belong to`
};

export function findingLines(found: IntegrityFindings): string[] {
	return (Object.keys(FOUND) as (keyof IntegrityFindings)[]).filter((k) => found[k] > 0).map((k) => FOUND[k](found[k]));
}

export function repairLines(repairs: IntegrityRepairs): string[] {
	return (Object.keys(REPAIRED) as (keyof IntegrityRepairs)[]).filter((k) => repairs[k] > 0).map((k) => REPAIRED[k](repairs[k]));
}
