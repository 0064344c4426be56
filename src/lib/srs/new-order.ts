// The order new cards are introduced in. Content is stored deck by deck in file-name order, so
// taking new cards in storage order gives a new user twenty cards of one deck and one kind. Here
// they take turns: across kinds (mostly quick recall cards, a script and a hands-on drill in every
// five) and, within a kind, across the chosen decks. Pure; the same cards and seed give the same
// order, so Today's counts and the session agree and a reload shows the same next card.
import { cyrb53, type CardRecord, type ItemKind } from '$lib/model';

/** How a card is studied, which decides how long it takes: seconds, a minute, or several minutes. */
type StudyKind = 'recall' | 'script' | 'drill';

const STUDY_KIND: Record<ItemKind, StudyKind> = {
	concept: 'recall',
	table: 'recall',
	sequence: 'recall',
	scenario: 'recall',
	script: 'script',
	sql: 'drill',
	python: 'drill',
	schema: 'drill'
};

/**
 * Turns per kind in every five new cards. Drills are few because each takes minutes; the first
 * card is always a recall card when there is one, so a first session opens with a quick win.
 */
const KIND_WEIGHTS: readonly (readonly [StudyKind, number])[] = [
	['recall', 3],
	['script', 1],
	['drill', 1]
];

export interface NewOrderOptions {
	/** Each card's item kind, by item id; an item missing here counts as a recall card. */
	kinds: ReadonlyMap<string, ItemKind>;
	/** Decks to introduce new cards from; empty means every deck. */
	decks: readonly string[];
	/** Rotates which deck opens each kind's turns: pass the study day, so it changes daily, not per reload. */
	seed: string;
}

const byIntroduction = (a: CardRecord, b: CardRecord): number => a.due - b.due || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * New cards in the order to introduce them. Within a deck cards keep their introduction order
 * (due, then id: an author's `joins-01`, `joins-02` … stay in sequence).
 *
 * Example: recall cards in decks a and b, one script and one drill give
 * recall(a), script, recall(b), drill, recall(a) … (or b first, by the seed).
 */
export function orderNewCards(cards: readonly CardRecord[], { kinds, decks, seed }: NewOrderOptions): CardRecord[] {
	const wanted = decks.length ? new Set(decks) : null;
	const byKind = new Map<StudyKind, Map<string, CardRecord[]>>();
	for (const card of cards) {
		if (wanted && !wanted.has(card.deck)) continue;
		const kind = STUDY_KIND[kinds.get(card.itemId) ?? 'concept'];
		const byDeck = byKind.get(kind) ?? new Map<string, CardRecord[]>();
		byDeck.set(card.deck, [...(byDeck.get(card.deck) ?? []), card]);
		byKind.set(kind, byDeck);
	}
	const streams = new Map<StudyKind, CardRecord[]>();
	for (const [kind, byDeck] of byKind) streams.set(kind, roundRobin(byDeck, `${seed}:${kind}`));
	return weightedMerge(streams);
}

/** One card from each deck in turn, decks in id order rotated by the seed. */
function roundRobin(byDeck: ReadonlyMap<string, CardRecord[]>, seed: string): CardRecord[] {
	const ids = [...byDeck.keys()].sort();
	const shift = parseInt(cyrb53(seed).slice(-8), 16) % ids.length;
	const queues = [...ids.slice(shift), ...ids.slice(0, shift)].map((id) => [...byDeck.get(id)!].sort(byIntroduction));
	const total = queues.reduce((n, queue) => n + queue.length, 0);
	const out: CardRecord[] = [];
	for (let round = 0; out.length < total; round++) {
		for (const queue of queues) if (round < queue.length) out.push(queue[round]);
	}
	return out;
}

/**
 * Smooth weighted round robin (as nginx balances servers): each kind gains its weight every turn,
 * the kind with the most credit goes and pays the total back. Weights 3-1-1 give
 * recall, script, recall, drill, recall, then again. A kind that runs out drops out of the turns.
 */
function weightedMerge(streams: ReadonlyMap<StudyKind, CardRecord[]>): CardRecord[] {
	const live = KIND_WEIGHTS.filter(([kind]) => streams.get(kind)?.length).map(([kind, weight]) => ({ kind, weight, credit: 0, next: 0 }));
	const out: CardRecord[] = [];
	while (live.length) {
		const total = live.reduce((sum, entry) => sum + entry.weight, 0);
		let best = live[0];
		for (const entry of live) {
			entry.credit += entry.weight;
			if (entry.credit > best.credit) best = entry;
		}
		best.credit -= total;
		const stream = streams.get(best.kind)!;
		out.push(stream[best.next++]);
		if (best.next === stream.length) live.splice(live.indexOf(best), 1);
	}
	return out;
}
