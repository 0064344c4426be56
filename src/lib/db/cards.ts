import { ITEM_KINDS, type CardPhase, type ItemKind } from '$lib/model';
import type { RehearseDb } from './database';
import { pulledForwardToday } from './interviews';
import type { CardRecord, Flag } from '$lib/model';
import { writeTransaction } from './transact';
import { tallyToday } from './today-tally';

export interface StudyCandidates {
	/** Active cards due by the end of the study day, plus every new card that may be introduced (one per item). */
	cards: CardRecord[];
	/**
	 * The kind of every item, by id, read from the items' kind index: the new-card interleave needs
	 * it. Absent from a saved set's candidates, which keep the set's order.
	 */
	itemKinds?: Map<string, ItemKind>;
	/** Distinct cards first reviewed (phase 'new' before the review) since dayStart. */
	newIntroducedToday: number;
	/** Reviews since dayStart of cards in the 'review' phase: what the daily review limit spends. */
	reviewsDoneToday: number;
	/** Every answer since dayStart, whatever the phase. */
	answersToday: number;
	/** Items with a card answered since dayStart, so the queue can keep siblings apart. */
	itemsReviewedToday: string[];
	/**
	 * Ids of review cards not yet due that upcoming interviews bring forward today (they are in
	 * `cards` too): pass them to buildQueue as `pulledForward`. Absent from other sources of
	 * candidates (custom study of a set).
	 */
	pulledForward?: string[];
}

const NON_NEW_PHASES: CardPhase[] = ['learning', 'relearning', 'review'];

// Typed bounds for key ranges. Not Dexie.maxKey: it is one shared array, and IndexedDB rejects a key
// that contains the same array object twice.
const LOWEST_STRING = '';
const HIGHEST_STRING = '\uffff';

const isActive = (card: CardRecord) => !card.archived && !card.suspended;

/**
 * Everything the study queue needs for one day. Reads by index ranges only: today's reviews by
 * reviewedAt, due cards by [phase+due], new cards by [phase+deck+createdAt], item kinds from the
 * kind index without reading an item. Every new card is read (small rows, about a thousand for the
 * bundle), not just the first of the day: which ones are introduced is decided by the interleave
 * (srs/new-order.ts), and storage order would hand the whole day to the first deck.
 */
export async function loadStudyCandidates(db: RehearseDb, dayStart: number, dayEnd: number, now: number): Promise<StudyCandidates> {
	// Planned outside the transaction below: planning reads settings, sets and items, and may store the plan.
	const pulled = await pulledForwardToday(db, { dayStart, dayEnd, now });
	const candidates = await db.transaction('r', [db.cards, db.reviews, db.items], async () => {
		const today = await db.reviews.where('reviewedAt').aboveOrEqual(dayStart).toArray();
		const { introduced, reviewsDone: reviewsDoneToday, items: itemsToday } = tallyToday(today);
		// One new card per item, from items not studied today: the queue buries siblings anyway, so
		// anything more would only crowd out other items (a 20-row table would fill the window).
		const newItems = new Set<string>();
		const takeNew = (card: CardRecord) => {
			if (!isActive(card) || card.due > now || itemsToday.has(card.itemId) || newItems.has(card.itemId)) return false;
			newItems.add(card.itemId);
			return true;
		};
		const [due, fresh, kindKeys] = await Promise.all([
			Promise.all(
				NON_NEW_PHASES.map((phase) =>
					db.cards
						.where('[phase+due]')
						.between([phase, -Infinity], [phase, dayEnd], true, true)
						.filter(isActive)
						.toArray()
				)
			),
			db.cards
				.where('[phase+deck+createdAt]')
				.between(['new', LOWEST_STRING, -Infinity], ['new', HIGHEST_STRING, Infinity], true, true)
				.filter(takeNew)
				.toArray(),
			Promise.all(ITEM_KINDS.map((kind) => db.items.where('kind').equals(kind).primaryKeys()))
		]);
		const itemKinds = new Map<string, ItemKind>();
		ITEM_KINDS.forEach((kind, i) => kindKeys[i].forEach((id) => itemKinds.set(String(id), kind)));
		return {
			cards: [...due.flat(), ...fresh],
			itemKinds,
			newIntroducedToday: introduced.size,
			reviewsDoneToday,
			answersToday: today.length,
			itemsReviewedToday: [...itemsToday],
			pulledForward: []
		};
	});
	if (pulled.length === 0) return candidates;
	return { ...candidates, cards: [...candidates.cards, ...pulled], pulledForward: pulled.map((card) => card.id) };
}

export interface DeckCounts {
	deck: string;
	/** Review-phase cards due by dayEnd. */
	due: number;
	/** New cards not yet introduced. */
	new: number;
	/** Learning and relearning cards due by dayEnd. */
	learning: number;
	suspended: number;
	/** Every card of the deck that is not archived, suspended ones included. */
	total: number;
}

/**
 * Per-deck counts for the Today and Decks screens. Counts come from the
 * [archived+suspended+deck+phase+due] index alone, so no card rows are read.
 */
export async function deckOverview(db: RehearseDb, dayEnd: number): Promise<DeckCounts[]> {
	const index = '[archived+suspended+deck+phase+due]';
	const count = (suspended: Flag, deck: string, phase: CardPhase | null, maxDue: number) =>
		db.cards
			.where(index)
			.between(
				[0, suspended, deck, phase ?? LOWEST_STRING, -Infinity],
				[0, suspended, deck, phase ?? HIGHEST_STRING, maxDue],
				true,
				true
			)
			.count();
	return db.transaction('r', db.cards, async () => {
		const decks = (await db.cards.orderBy('deck').uniqueKeys()) as string[];
		return Promise.all(
			decks.map(async (deck) => {
				const [due, fresh, learning, relearning, active, suspended] = await Promise.all([
					count(0, deck, 'review', dayEnd),
					count(0, deck, 'new', Infinity),
					count(0, deck, 'learning', dayEnd),
					count(0, deck, 'relearning', dayEnd),
					count(0, deck, null, Infinity),
					count(1, deck, null, Infinity)
				]);
				return { deck, due, new: fresh, learning: learning + relearning, suspended, total: active + suspended };
			})
		).then((rows) => rows.filter((row) => row.total > 0));
	});
}

export function cardsOfItem(db: RehearseDb, itemId: string): Promise<CardRecord[]> {
	return db.cards.where('itemId').equals(itemId).toArray();
}

/** Suspends or unsuspends cards; returns how many changed. Unknown ids are ignored. */
export async function setSuspended(db: RehearseDb, cardIds: string[], suspended: boolean): Promise<number> {
	const flag: Flag = suspended ? 1 : 0;
	return writeTransaction(db, [db.cards], () =>
		db.cards
			.where('id')
			.anyOf(cardIds)
			.filter((card) => card.suspended !== flag)
			.modify({ suspended: flag })
	);
}

/** When the last answer was given, or null before the first; read from the index, not the rows. */
export async function lastReviewAt(db: RehearseDb): Promise<number | null> {
	const [last] = await db.reviews.orderBy('reviewedAt').reverse().limit(1).keys();
	return typeof last === 'number' ? last : null;
}

export interface PhaseScriptsDue {
	/** Cards whose due date moved to now. */
	madeDue: number;
	/** Cards never studied: already eligible as new cards, so left as they are. */
	unseen: number;
	/**
	 * The saved set holding these phases' scripts (MOCK_MISSES_SET), so "Review them now" can study
	 * them at once, new cards included; null when no script belongs to the phases.
	 */
	setId: string | null;
}

/**
 * The saved set a mock interview's misses go into. One set, refilled by each round with misses, so
 * the set list does not grow a row per round; a user's own set of the same name is taken over.
 */
export const MOCK_MISSES_SET = 'Missed in the last mock interview';

/**
 * Makes the cards of script items in these framework phases due at `now`, in one transaction: a
 * mock interview's missed checklist items send their scripts back into today's queue. Archived and
 * suspended cards are left alone (the user parked them). New cards have nothing to bring forward,
 * so the scripts also go into the MOCK_MISSES_SET saved set: a set review introduces them now, even
 * when today's new-card limit is spent (regression: a new user's misses came back nowhere).
 */
export async function makePhaseScriptsDue(db: RehearseDb, phases: readonly number[], now: number): Promise<PhaseScriptsDue> {
	if (phases.length === 0) return { madeDue: 0, unseen: 0, setId: null };
	const wanted = new Set(phases);
	return writeTransaction(db, [db.items, db.cards, db.sets], async () => {
		const scripts = await db.items
			.where('kind')
			.equals('script')
			.filter((item) => !item.archived && item.kind === 'script' && item.phase !== null && wanted.has(item.phase))
			.primaryKeys();
		if (scripts.length === 0) return { madeDue: 0, unseen: 0, setId: null };
		const cards = () => db.cards.where('itemId').anyOf(scripts);
		const unseen = await cards().filter((card) => isActive(card) && card.phase === 'new').count();
		const madeDue = await cards().filter((card) => isActive(card) && card.phase !== 'new' && card.due > now).modify({ due: now });
		const lower = MOCK_MISSES_SET.toLowerCase();
		const existing = await db.sets.filter((set) => set.name.toLowerCase() === lower).first();
		const setId = existing?.id ?? crypto.randomUUID();
		await db.sets.put({ id: setId, name: MOCK_MISSES_SET, filter: null, itemIds: [...scripts].sort(), createdAt: existing?.createdAt ?? now });
		return { madeDue, unseen, setId };
	});
}
