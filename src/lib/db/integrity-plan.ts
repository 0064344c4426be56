// The integrity check's pure half: given every item, card and review, it works out what is wrong and
// the exact writes that repair it. No database here, so the rules are tested on plain arrays and the
// caller can apply the writes in one transaction.
import { cardsOf, parseCardId } from '$lib/content';
import { replay } from '$lib/srs';
import { CARD_PHASES, GRADES, type CardPhase, type SchedulerSettings } from '$lib/model';
import type { CardRecord, ItemRecord, ReviewRecord } from '$lib/model';

/** What the check found, by category. Each count is of the rows named. */
export interface IntegrityFindings {
	/** Reviews that point at a card that does not exist. */
	reviewsWithoutCard: number;
	/** Cards whose item does not exist. */
	cardsWithoutItem: number;
	/** Cards with scheduling fields no schedule can produce (NaN, negative stability, due before the first review…). */
	impossibleCards: number;
	/** Reviews that cannot be replayed: grade outside 1-4, or no valid time. */
	invalidReviews: number;
	/** Second copies of a review: same card, same time, same grade, another id. */
	duplicateReviews: number;
	/** Second cards for the same item and variant, under another id. */
	duplicateCards: number;
}

/** What the repair does, by kind of write. */
export interface IntegrityRepairs {
	/** Cards whose state was rebuilt by replaying their reviews. */
	cardsRebuilt: number;
	/** Cards re-created from their reviews, because their item still exists. */
	cardsCreated: number;
	cardsRemoved: number;
	reviewsRemoved: number;
	/** Reviews moved from a duplicate or missing card to the card that stays. */
	reviewsMoved: number;
}

export interface IntegrityPlan {
	found: IntegrityFindings;
	/** Sum of `found`: 0 means the data is sound. */
	problems: number;
	repairs: IntegrityRepairs;
	writes: {
		deleteCards: string[];
		putCards: CardRecord[];
		deleteReviews: string[];
		putReviews: ReviewRecord[];
	};
}

export interface IntegrityInput {
	items: readonly ItemRecord[];
	cards: readonly CardRecord[];
	reviews: readonly ReviewRecord[];
	/** The scheduler settings replay uses for rebuilt cards. */
	settings: SchedulerSettings;
	/** Creation time for a card whose own is unusable and that has no reviews. */
	now: number;
}


const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const nonNegative = (v: unknown) => finite(v) && v >= 0;

function isValidReview(review: ReviewRecord): boolean {
	return typeof review.cardId === 'string' && GRADES.includes(review.grade) && finite(review.reviewedAt);
}

/** True when no schedule could have produced this card's fields. `firstReviewAt` is null without reviews. */
export function isImpossibleCard(card: CardRecord, firstReviewAt: number | null): boolean {
	if (!(CARD_PHASES as readonly string[]).includes(card.phase)) return true;
	if (!finite(card.due) || !finite(card.createdAt)) return true;
	for (const field of ['stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses'] as const)
		if (!nonNegative(card[field])) return true;
	if (card.lastReview !== null && !finite(card.lastReview)) return true;
	return firstReviewAt !== null && card.due < firstReviewAt;
}

/** Appends to the list under `key`, creating it. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function minBy<T>(rows: readonly T[], key: (row: T) => string): T {
	return rows.reduce((best, row) => (key(row) < key(best) ? row : best));
}

/** Works out every problem and the writes that repair it. A second plan over the repaired data finds nothing. */
export function planIntegrityRepair({ items, cards, reviews, settings, now }: IntegrityInput): IntegrityPlan {
	const found: IntegrityFindings = {
		reviewsWithoutCard: 0,
		cardsWithoutItem: 0,
		impossibleCards: 0,
		invalidReviews: 0,
		duplicateReviews: 0,
		duplicateCards: 0
	};
	const repairs: IntegrityRepairs = { cardsRebuilt: 0, cardsCreated: 0, cardsRemoved: 0, reviewsRemoved: 0, reviewsMoved: 0 };
	const itemById = new Map(items.map((item) => [item.id, item]));
	const deleteCards = new Set<string>();
	const deleteReviews = new Set<string>();
	const movedReviews = new Map<string, ReviewRecord>();
	/** Cards whose review history changed or whose state is impossible: replayed at the end. */
	const toReplay = new Set<string>();
	const createdCards = new Map<string, CardRecord>();

	// 1. Reviews that cannot be replayed are dropped; their card is rebuilt without them.
	let live: ReviewRecord[] = [];
	for (const review of reviews) {
		if (isValidReview(review)) live.push(review);
		else {
			found.invalidReviews++;
			deleteReviews.add(review.id);
			if (typeof review.cardId === 'string') toReplay.add(review.cardId);
		}
	}

	// 2. Cards whose item is gone cannot be shown or studied; they go, with their reviews.
	const cardById = new Map<string, CardRecord>();
	for (const card of cards) {
		if (typeof card.itemId === 'string' && itemById.has(card.itemId)) cardById.set(card.id, card);
		else {
			found.cardsWithoutItem++;
			deleteCards.add(card.id);
		}
	}
	live = live.filter((review) => {
		if (!deleteCards.has(review.cardId)) return true;
		deleteReviews.add(review.id);
		return false;
	});

	// 3. Two cards for one item and variant: the one with the canonical id (or the smallest id) stays
	// and takes over the others' reviews.
	const redirect = new Map<string, string>();
	const cardByVariant = new Map<string, CardRecord>();
	const groups = new Map<string, CardRecord[]>();
	for (const card of cardById.values()) {
		const key = `${card.itemId}\u0000${card.variant}`;
		push(groups, key, card);
	}
	for (const [key, group] of groups) {
		const keeper = group.find((card) => card.id === `${card.itemId}::${card.variant}`) ?? minBy(group, (card) => card.id);
		cardByVariant.set(key, keeper);
		for (const card of group) {
			if (card === keeper) continue;
			found.duplicateCards++;
			deleteCards.add(card.id);
			cardById.delete(card.id);
			redirect.set(card.id, keeper.id);
			toReplay.add(keeper.id);
		}
	}

	// 4. Reviews whose card is missing: moved to the card of the same item and variant if there is one,
	// else the card is re-created from them when its item exists (no history lost), else they go.
	const moveTo = (review: ReviewRecord, card: CardRecord): ReviewRecord => {
		const moved = { ...review, cardId: card.id, itemId: card.itemId };
		movedReviews.set(review.id, moved);
		toReplay.add(card.id);
		return moved;
	};
	const withCard: ReviewRecord[] = [];
	for (const review of live) {
		const target = redirect.get(review.cardId);
		if (target) {
			withCard.push(moveTo(review, cardById.get(target)!));
			continue;
		}
		if (cardById.has(review.cardId)) {
			withCard.push(review);
			continue;
		}
		found.reviewsWithoutCard++;
		if (createdCards.has(review.cardId)) {
			withCard.push(review);
			continue;
		}
		const { itemId, variant } = parseCardId(review.cardId);
		const item = itemById.get(itemId);
		const sibling = cardByVariant.get(`${itemId}\u0000${variant}`);
		if (sibling) withCard.push(moveTo(review, sibling));
		else if (item) {
			const known = cardsOf(item).some((spec) => spec.variant === variant);
			createdCards.set(review.cardId, {
				id: review.cardId,
				itemId,
				variant,
				deck: item.deck,
				...replay([], now, settings),
				suspended: 0,
				// A variant the item no longer has stays out of study, like content sync's archived cards.
				archived: item.archived || !known ? 1 : 0,
				// Unknown: replay below dates it at its first review.
				createdAt: Number.NaN
			});
			toReplay.add(review.cardId);
			withCard.push(review);
		} else deleteReviews.add(review.id);
	}

	// 5. The same answer stored twice under two ids: keep the smallest id, so every run picks the same one.
	const reviewsByCard = new Map<string, ReviewRecord[]>();
	const byAnswer = new Map<string, ReviewRecord[]>();
	for (const review of withCard) {
		const key = `${review.cardId}\u0000${review.reviewedAt}\u0000${review.grade}`;
		push(byAnswer, key, review);
	}
	for (const copies of byAnswer.values()) {
		const kept = minBy(copies, (review) => review.id);
		push(reviewsByCard, kept.cardId, kept);
		for (const copy of copies) {
			if (copy === kept) continue;
			found.duplicateReviews++;
			deleteReviews.add(copy.id);
			movedReviews.delete(copy.id);
			toReplay.add(copy.cardId);
		}
	}

	// 6. Impossible states are rebuilt from the card's reviews.
	for (const card of cardById.values()) {
		const history = reviewsByCard.get(card.id) ?? [];
		const first = history.length ? Math.min(...history.map((review) => review.reviewedAt)) : null;
		if (isImpossibleCard(card, first)) {
			found.impossibleCards++;
			toReplay.add(card.id);
		}
	}

	// 7. Replay every card whose history or state changed, with the current scheduler settings.
	const putCards: CardRecord[] = [];
	for (const id of toReplay) {
		const card = cardById.get(id) ?? createdCards.get(id);
		if (!card) continue;
		const history = reviewsByCard.get(id) ?? [];
		const first = history.length ? Math.min(...history.map((review) => review.reviewedAt)) : null;
		const createdAt = finite(card.createdAt) ? card.createdAt : (first ?? now);
		putCards.push({ ...card, ...replay(history, createdAt, settings), createdAt });
		if (createdCards.has(id)) repairs.cardsCreated++;
		else repairs.cardsRebuilt++;
	}

	repairs.cardsRemoved = deleteCards.size;
	repairs.reviewsRemoved = deleteReviews.size;
	repairs.reviewsMoved = movedReviews.size;
	const problems = Object.values(found).reduce((sum, n) => sum + n, 0);
	return {
		found,
		problems,
		repairs,
		writes: {
			deleteCards: [...deleteCards],
			putCards,
			deleteReviews: [...deleteReviews],
			putReviews: [...movedReviews.values()]
		}
	};
}
