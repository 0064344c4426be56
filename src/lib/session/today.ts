// What the Today screen shows: today's queue counted per deck, exactly as a session would build it.
import { buriedCardIds, loadStudyCandidates, lastReviewAt, type RehearseDb, type Settings } from '$lib/db';
import { buildQueue, dayWindow, studyDayOf, type QueueEntry } from '$lib/srs';

export interface DeckToday {
	deck: string;
	new: number;
	learning: number;
	review: number;
}

export interface TodayOverview {
	decks: DeckToday[];
	totals: Omit<DeckToday, 'deck'>;
	lastReviewAt: number | null;
}

/**
 * Today's queue, built one way for both the Today counts and the review session, so they agree.
 * Cards buried from the review screen are left out. `extraNew` raises today's new-card limit (the end
 * screen's "Study more new cards", like Anki's custom study): it is on top of the daily limit, not of
 * what was already studied, so reloading the same session does not add more again.
 */
export async function loadTodayQueue(
	db: RehearseDb,
	settings: Settings,
	at: number,
	extraNew = 0
): Promise<{ queue: QueueEntry[]; dayEnd: number }> {
	const { start, end } = dayWindow(at, settings.dayStartHour);
	const newPerDay = settings.newPerDay + extraNew;
	const buried = await buriedCardIds(db, start);
	// Every new card is a candidate (the interleave picks from all of them), so a buried one never
	// takes a place among today's new cards.
	const candidates = await loadStudyCandidates(db, start, end, at);
	const queue = buildQueue({
		cards: candidates.cards.filter((card) => !buried.has(card.id)),
		newIntroducedToday: candidates.newIntroducedToday,
		reviewsDoneToday: candidates.reviewsDoneToday,
		itemsReviewedToday: new Set(candidates.itemsReviewedToday),
		pulledForward: new Set(candidates.pulledForward),
		// Seeded by the study day: the order holds across reloads and moves on tomorrow.
		newOrder: { kinds: candidates.itemKinds ?? new Map(), decks: settings.newCardDecks, seed: studyDayOf(at, settings.dayStartHour) },
		limits: { ...settings, newPerDay },
		now: at,
		dayEnd: end
	});
	return { queue, dayEnd: end };
}

export async function loadToday(db: RehearseDb, settings: Settings, at: number): Promise<TodayOverview> {
	const { queue } = await loadTodayQueue(db, settings, at);
	const byDeck = new Map<string, DeckToday>();
	const totals = { new: 0, learning: 0, review: 0 };
	for (const card of queue) {
		const counts = byDeck.get(card.deck) ?? { deck: card.deck, new: 0, learning: 0, review: 0 };
		const bucket = card.phase === 'new' ? 'new' : card.phase === 'review' ? 'review' : 'learning';
		counts[bucket]++;
		totals[bucket]++;
		byDeck.set(card.deck, counts);
	}
	return { decks: [...byDeck.values()], totals, lastReviewAt: await lastReviewAt(db) };
}
