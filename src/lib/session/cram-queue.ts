// Cram: going through a set's cards outside the schedule. Grades only decide whether a card comes
// back in this session; nothing here computes a schedule, and the session writes nothing.
import type { CardRecord } from '$lib/db';
import { seededRandom, shuffled, type Seed } from '$lib/drills';
import type { Grade } from '$lib/srs';
import { DAY } from '$lib/model';

export const CRAM_ORDERS = ['shuffled', 'weakest'] as const;
export type CramOrder = (typeof CRAM_ORDERS)[number];

/** An Again card comes back after this many other cards (sooner when fewer are left). */
export const AGAIN_GAP = 3;

/** What each grade does in cram, shown under the grade buttons instead of an interval. */
export const CRAM_GRADE_LABELS = { 1: 'see soon', 2: 'see later', 3: 'done', 4: 'done' } as const satisfies Record<Grade, string>;


/**
 * How far a studied card has drifted past its memory's stability: time since its last review over
 * its stability. FSRS's recall probability falls as this grows (for any weights), so sorting by it
 * sorts by predicted recall without running the scheduler.
 */
function forgettingRatio(card: CardRecord, at: number): number {
	const elapsedDays = Math.max(0, at - (card.lastReview ?? at)) / DAY;
	return elapsedDays / Math.max(card.stability, 1e-6);
}

/**
 * The cards in the order a cram session shows them:
 * - `shuffled`: a seeded shuffle (the same seed gives the same order);
 * - `weakest`: studied cards least likely to be recalled at `at` first (most lapses breaks ties),
 *   then cards never studied, in the given order.
 */
export function cramOrder(cards: readonly CardRecord[], order: CramOrder, at: number, seed: Seed): CardRecord[] {
	if (order === 'shuffled') return shuffled(cards, seededRandom(seed));
	const studied = cards.filter((card) => card.phase !== 'new');
	const unseen = cards.filter((card) => card.phase === 'new');
	const ratio = new Map(studied.map((card) => [card.id, forgettingRatio(card, at)]));
	studied.sort((a, b) => ratio.get(b.id)! - ratio.get(a.id)! || b.lapses - a.lapses);
	return [...studied, ...unseen];
}

/**
 * The cram queue after `answered` (the card on screen, `queue[0]` or anywhere in it) was graded:
 * Again puts it back after `AGAIN_GAP` other cards, Hard puts it at the end, Good and Easy take it
 * out of the session. The card itself is unchanged.
 */
export function cramAfterAnswer(queue: readonly CardRecord[], answered: CardRecord, grade: Grade): CardRecord[] {
	const rest = queue.filter((card) => card.id !== answered.id);
	if (grade === 1) return [...rest.slice(0, AGAIN_GAP), answered, ...rest.slice(AGAIN_GAP)];
	if (grade === 2) return [...rest, answered];
	return rest;
}
