// Today's study queue, built once per session from candidate cards and then updated in memory after
// each answer, so the next card never waits on a database query.
import type { CardRecord } from '$lib/model';
import { dayEnd as studyDayEnd, type TimezoneOffset } from './day';
import type { StudyLimits } from '$lib/model';
import { orderNewCards, type NewOrderOptions } from './new-order';

/** A learning card due within this much of now may be shown early when nothing else is left. */
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * A queue entry is the card itself: its phase says what kind of entry it is, and the session needs
 * the whole record to show and schedule it.
 */
export type QueueEntry = CardRecord;

export interface QueueInput {
	/** Candidate cards; suspended and archived ones are skipped here, so a broad query is fine. */
	cards: readonly CardRecord[];
	/** New cards first answered in this study day: they count against `limits.newPerDay`. */
	newIntroducedToday: number;
	/** Review-phase cards answered in this study day: they count against `limits.reviewsPerDay`. */
	reviewsDoneToday: number;
	/** Items with a card answered in this study day: their other new and review cards wait for tomorrow. */
	itemsReviewedToday: ReadonlySet<string>;
	/**
	 * Review cards not yet due that interview date mode brings forward today, by id. They are queued
	 * after the due reviews, outside `reviewsPerDay` (the interview's own time budget limits them).
	 */
	pulledForward?: ReadonlySet<string>;
	/**
	 * Interleave new cards across kinds and decks (new-order.ts) before the daily limit picks them;
	 * without it they keep their due order (a saved set's study keeps the set's own order).
	 */
	newOrder?: NewOrderOptions;
	limits: StudyLimits;
	now: number;
	/** End of the study day; computed from `limits.dayStartHour` when absent. */
	dayEnd?: number;
	/** Used only to compute the day's end when `dayEnd` is absent; defaults to the runtime's zone. */
	tzOffsetMinutes?: TimezoneOffset;
}

export interface QueueCounts {
	new: number;
	/** Learning and relearning cards still to come today. */
	learning: number;
	review: number;
}

const isLearning = (card: CardRecord): boolean => card.phase === 'learning' || card.phase === 'relearning';

const byDue = (a: CardRecord, b: CardRecord): number => a.due - b.due;

/**
 * Today's queue, in this order:
 * 1. learning and relearning cards already due, earliest first;
 * 2. review cards due before the study day ends (most overdue first), within what is left of
 *    `reviewsPerDay`, then the cards an interview brings forward (`pulledForward`), with new cards
 *    spread evenly between them within what is left of `newPerDay`;
 * 3. learning cards due later today, earliest first (pick with `nextCard`, which waits for them).
 *
 * Siblings are buried: of an item's new and review cards at most one is queued per day, and none
 * when the item was already answered today or has a card in learning. Learning cards are never
 * buried or limited, because their steps are minutes apart and must not be skipped. New cards are
 * ordered by `newOrder` when given, else by due time (creation), ties in candidate order.
 */
export function buildQueue(input: QueueInput): QueueEntry[] {
	const { limits, now } = input;
	const end = input.dayEnd ?? studyDayEnd(now, limits.dayStartHour, input.tzOffsetMinutes);
	const learningNow: CardRecord[] = [];
	const learningLater: CardRecord[] = [];
	const reviews: CardRecord[] = [];
	const pulled: CardRecord[] = [];
	const fresh: CardRecord[] = [];
	for (const card of input.cards) {
		if (card.suspended || card.archived) continue;
		if (isLearning(card)) {
			if (card.due <= now) learningNow.push(card);
			else if (card.due < end) learningLater.push(card);
		} else if (card.phase === 'review') {
			if (card.due < end) reviews.push(card);
			else if (input.pulledForward?.has(card.id)) pulled.push(card);
		} else {
			fresh.push(card);
		}
	}
	learningNow.sort(byDue);
	learningLater.sort(byDue);
	reviews.sort(byDue);
	const orderedFresh = input.newOrder ? orderNewCards(fresh, input.newOrder) : fresh.sort(byDue);

	// An item is "taken" once one of its cards will be seen today.
	const taken = new Set(input.itemsReviewedToday);
	for (const card of learningNow) taken.add(card.itemId);
	for (const card of learningLater) taken.add(card.itemId);
	const pickedReviews = pickUnburied(reviews, Math.max(0, limits.reviewsPerDay - input.reviewsDoneToday), taken);
	// Pulled-forward cards keep their candidate order (neediest first).
	const pickedPulled = pickUnburied(pulled, Infinity, taken);
	const pickedNew = pickUnburied(orderedFresh, Math.max(0, limits.newPerDay - input.newIntroducedToday), taken);

	return [...learningNow, ...interleave([...pickedReviews, ...pickedPulled], pickedNew), ...learningLater];
}

/** Up to `limit` cards, in order, skipping any whose item is already taken; marks picked items taken. */
function pickUnburied(cards: readonly CardRecord[], limit: number, taken: Set<string>): CardRecord[] {
	const picked: CardRecord[] = [];
	for (const card of cards) {
		if (picked.length >= limit) break;
		if (taken.has(card.itemId)) continue;
		taken.add(card.itemId);
		picked.push(card);
	}
	return picked;
}

/**
 * Spreads new cards evenly through the reviews: the i-th new card (from 1) follows review
 * ceil(i × R / (N + 1)), so 10 reviews and 1 new card give 5 reviews, the new card, 5 reviews; a
 * session opens with a review when there is one.
 */
function interleave(reviews: readonly CardRecord[], fresh: readonly CardRecord[]): CardRecord[] {
	const mixed: CardRecord[] = [];
	let reviewIndex = 0;
	for (let i = 0; i < fresh.length; i++) {
		const after = Math.ceil(((i + 1) * reviews.length) / (fresh.length + 1));
		while (reviewIndex < after) mixed.push(reviews[reviewIndex++]);
		mixed.push(fresh[i]);
	}
	while (reviewIndex < reviews.length) mixed.push(reviews[reviewIndex++]);
	return mixed;
}

/**
 * The card to show next, or null when only learning cards due later remain:
 * a learning card that has come due comes first, then the queue's next new or review card, and when
 * none is left, a learning card due within `learnAheadMs` rather than making the user wait.
 */
export function nextCard(
	queue: readonly QueueEntry[],
	now: number,
	learnAheadMs: number = LEARN_AHEAD_MS
): QueueEntry | null {
	let earliestLearning: QueueEntry | null = null;
	let firstOther: QueueEntry | null = null;
	for (const card of queue) {
		if (isLearning(card)) {
			if (!earliestLearning || card.due < earliestLearning.due) earliestLearning = card;
		} else if (!firstOther) {
			firstOther = card;
		}
	}
	if (earliestLearning && earliestLearning.due <= now) return earliestLearning;
	if (firstOther) return firstOther;
	if (earliestLearning && earliestLearning.due <= now + learnAheadMs) return earliestLearning;
	return null;
}

/**
 * The queue after `answered` (the card's new state) was graded: the card leaves the queue, its new
 * and review siblings are buried until tomorrow, and it comes back among the learning cards if a
 * learning step brings it due again before `dayEnd`.
 */
export function nextAfterAnswer(queue: readonly QueueEntry[], answered: CardRecord, dayEnd: number): QueueEntry[] {
	const rest = queue.filter(
		(card) => card.id !== answered.id && (card.itemId !== answered.itemId || isLearning(card))
	);
	if (isLearning(answered) && answered.due < dayEnd) {
		// Learning cards due later sit at the end, by due; keep that order so the end screen lists them in turn.
		let at = rest.length;
		while (at > 0 && isLearning(rest[at - 1]) && rest[at - 1].due > answered.due) at--;
		rest.splice(at, 0, answered);
	}
	return rest;
}

/** How many new, learning and review cards a queue holds, for the Today screen. */
export function queueCounts(queue: readonly QueueEntry[]): QueueCounts {
	const counts: QueueCounts = { new: 0, learning: 0, review: 0 };
	for (const card of queue) {
		if (card.phase === 'new') counts.new++;
		else if (card.phase === 'review') counts.review++;
		else counts.learning++;
	}
	return counts;
}
