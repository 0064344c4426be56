// What a deck's page lists: its items grouped by kind, narrowed by kind chips and a text filter, and
// each item's cards summed up in a few words. Pure: the page state (deck-view.svelte.ts) calls it.
import type { CardRecord, ItemKind, ItemRecord } from '$lib/model';
import { normalise } from '$lib/practice';

export interface DeckEntryLike {
	item: Pick<ItemRecord, 'id' | 'kind' | 'title'>;
	cards: readonly Pick<CardRecord, 'phase' | 'due' | 'suspended' | 'archived'>[];
}

/** The order kinds appear on a deck page: what is read first, then the drills. */
export const KIND_ORDER: readonly ItemKind[] = ['concept', 'script', 'table', 'sequence', 'sql', 'schema', 'python', 'scenario'];

/** Group headings and chip labels (plural, unlike the bank's per-row kind label). */
export const KIND_GROUP_LABELS: Record<ItemKind, string> = {
	concept: 'Concepts',
	script: 'Scripts',
	table: 'Tables',
	sequence: 'Sequences',
	sql: 'SQL',
	schema: 'Schema (DDL)',
	python: 'Python',
	scenario: 'Scenario cards'
};

/** Rows each group shows while no kind is chosen and nothing is typed, so every group fits on a phone. */
export const PREVIEW_ROWS = 5;

export interface DeckFilter {
	/** Kinds to show; empty means every kind. */
	kinds: readonly ItemKind[];
	/** Text the title must contain (case and accents ignored). */
	query: string;
}

export interface KindGroup<E extends DeckEntryLike> {
	kind: ItemKind;
	/** Entries of this kind that pass the filter. */
	entries: E[];
	/** How many of them the page shows now (a preview while nothing narrows the list). */
	shown: number;
}

/** How many items of each kind the deck has, in KIND_ORDER, for the chips. */
export function kindCounts(entries: readonly DeckEntryLike[]): { kind: ItemKind; count: number }[] {
	const counts = new Map<ItemKind, number>();
	for (const { item } of entries) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
	return KIND_ORDER.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind)! }));
}

/** Whether the filter narrows anything: then every match is listed, not a preview. */
export function isNarrowed(filter: DeckFilter): boolean {
	return filter.kinds.length > 0 || filter.query.trim() !== '';
}

/**
 * The entries that pass the filter, grouped by kind in KIND_ORDER (empty groups dropped), each
 * group keeping the entries' order. Unnarrowed, a group shows its first PREVIEW_ROWS entries.
 */
export function groupEntries<E extends DeckEntryLike>(entries: readonly E[], filter: DeckFilter): KindGroup<E>[] {
	const words = normalise(filter.query).split(' ').filter(Boolean);
	const narrowed = isNarrowed(filter);
	const byKind = new Map<ItemKind, E[]>();
	for (const entry of entries) {
		if (filter.kinds.length && !filter.kinds.includes(entry.item.kind)) continue;
		if (words.length) {
			const title = normalise(entry.item.title);
			if (!words.every((word) => title.includes(word))) continue;
		}
		byKind.set(entry.item.kind, [...(byKind.get(entry.item.kind) ?? []), entry]);
	}
	return KIND_ORDER.filter((kind) => byKind.has(kind)).map((kind) => {
		const matches = byKind.get(kind)!;
		return { kind, entries: matches, shown: narrowed ? matches.length : Math.min(PREVIEW_ROWS, matches.length) };
	});
}

/** Whether every live card of the item is suspended (the menu then offers Unsuspend). */
export function allSuspended(entry: DeckEntryLike): boolean {
	const live = entry.cards.filter((card) => !card.archived);
	return live.length > 0 && live.every((card) => card.suspended);
}

/**
 * An item with several cards (a table's rows, a sequence's steps) in one line:
 * "6 cards · 2 due · 4 new". Cards due later, and archived ones, are not counted by state.
 */
export function cardCountsText(cards: DeckEntryLike['cards'], dayEnd: number): string {
	const live = cards.filter((card) => !card.archived);
	let due = 0;
	let learning = 0;
	let fresh = 0;
	let suspended = 0;
	for (const card of live) {
		if (card.suspended) suspended++;
		else if (card.phase === 'new') fresh++;
		else if (card.phase !== 'review') learning++;
		else if (card.due < dayEnd) due++;
	}
	const parts = [`${live.length} cards`];
	if (due) parts.push(`${due} due`);
	if (learning) parts.push(`${learning} learning`);
	if (fresh) parts.push(`${fresh} new`);
	if (suspended) parts.push(suspended === live.length ? 'suspended' : `${suspended} suspended`);
	return parts.join(' · ');
}
