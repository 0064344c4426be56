// Where a review session's cards come from: today's queue (the default), a saved set's scheduled
// cards, or a saved set's cards for cram. The session itself is the same screen for all three.
import { buriedCardIds, type CardRecord, type RehearseDb, type Settings } from '$lib/db';
import { buildQueue, dayWindow } from '$lib/srs';
import type { Seed } from '$lib/drills';
import { cramOrder, type CramOrder } from './cram-queue';

/** New cards in a set review: as many as the user's daily limit still allows, or a chosen count. */
export type NewCardChoice = 'limits' | number;

export type StudySource =
	/** Today's queue; `extraNew` raises today's new-card limit ("Study more new cards"). */
	| { kind: 'today'; extraNew?: number }
	/** Normal FSRS reviews limited to these items: answers are written like any review. */
	| { kind: 'set'; itemIds: readonly string[]; newCards: NewCardChoice }
	/** Every active card of these items, outside the schedule: nothing is written. */
	| { kind: 'cram'; itemIds: readonly string[]; order: CramOrder; seed: Seed };

export const TODAY: StudySource = { kind: 'today' };

export interface LoadedQueue {
	queue: CardRecord[];
	/** End of the study day: learning cards due after it wait for tomorrow. */
	dayEnd: number;
}

/** The queue of a set review or a cram session, as the session holds it in memory. */
export async function loadSetQueue(
	db: RehearseDb,
	settings: Settings,
	source: Exclude<StudySource, { kind: 'today' }>,
	at: number
): Promise<LoadedQueue> {
	const { start, end } = dayWindow(at, settings.dayStartHour);
	// Loaded on demand: set loading brings the question bank's filter code, which the daily review
	// (the same screen) never needs.
	const { cramCardsOfItems, loadSetStudyCandidates } = await import('$lib/db/set-study');
	if (source.kind === 'cram') {
		const cards = await cramCardsOfItems(db, source.itemIds);
		return { queue: cramOrder(cards, source.order, at, source.seed), dayEnd: end };
	}
	const chosen = source.newCards !== 'limits';
	const newLimit = chosen ? (source.newCards as number) : settings.newPerDay;
	const [candidates, buried] = await Promise.all([
		loadSetStudyCandidates(db, source.itemIds, start, end, at, { newLimit }),
		buriedCardIds(db, start)
	]);
	const queue = buildQueue({
		// Buried until tomorrow from the review screen, whichever session it was buried in.
		cards: candidates.cards.filter((card) => !buried.has(card.id)),
		// A chosen count is on top of what the day already introduced, like Anki's custom study.
		newIntroducedToday: chosen ? 0 : candidates.newIntroducedToday,
		reviewsDoneToday: candidates.reviewsDoneToday,
		itemsReviewedToday: new Set(candidates.itemsReviewedToday),
		pulledForward: new Set(candidates.pulledForward),
		limits: { ...settings, newPerDay: newLimit },
		now: at,
		dayEnd: end
	});
	return { queue, dayEnd: end };
}
