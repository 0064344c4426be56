import { describe, expect, it } from 'vitest';
import type { ItemKind } from '$lib/model';
import { allSuspended, cardCountsText, groupEntries, kindCounts, PREVIEW_ROWS, type DeckEntryLike } from './deck-page';

const DAY_END = 1_000_000;
type Card = DeckEntryLike['cards'][number];
const card = (overrides: Partial<Card> = {}): Card => ({ phase: 'new', due: 0, suspended: 0, archived: 0, ...overrides });
const entry = (id: string, kind: ItemKind, title = id, cards: Card[] = [card()]): DeckEntryLike => ({ item: { id, kind, title }, cards });

const sqlDrills = Array.from({ length: 8 }, (_, i) => entry(`sql-${i}`, 'sql', `Window query ${i}`));
const deck = [entry('scd', 'concept', 'Slowly changing dimensions'), ...sqlDrills, entry('five', 'sequence', 'The five phases'), entry('café', 'concept', 'Café orders grain')];

describe('a deck page’s groups', () => {
	it('groups items by kind, concepts before drills, and previews long groups while nothing narrows them', () => {
		const groups = groupEntries(deck, { kinds: [], query: '' });
		expect(groups.map((group) => [group.kind, group.entries.length, group.shown])).toEqual([
			['concept', 2, 2],
			['sequence', 1, 1],
			['sql', 8, PREVIEW_ROWS]
		]);
	});

	it('lists every match of the chosen kinds', () => {
		const groups = groupEntries(deck, { kinds: ['sql'], query: '' });
		expect(groups).toHaveLength(1);
		expect(groups[0]).toMatchObject({ kind: 'sql', shown: 8 });
	});

	it('filters on the title, ignoring case and accents, every word anywhere', () => {
		const ids = (query: string) => groupEntries(deck, { kinds: [], query }).flatMap((group) => group.entries.map((e) => e.item.id));
		expect(ids('cafe')).toEqual(['café']);
		expect(ids('QUERY 3')).toEqual(['sql-3']);
		expect(ids('phases five')).toEqual(['five']);
		expect(ids('nothing like this')).toEqual([]);
	});

	it('counts items per kind for the chips, in the page’s kind order', () => {
		expect(kindCounts(deck)).toEqual([
			{ kind: 'concept', count: 2 },
			{ kind: 'sequence', count: 1 },
			{ kind: 'sql', count: 8 }
		]);
	});
});

describe('an item’s cards in one line', () => {
	it('counts due, learning, new and suspended cards, and skips archived ones', () => {
		const cards = [
			card({ phase: 'review', due: DAY_END - 1 }),
			card({ phase: 'review', due: DAY_END + 1 }),
			card({ phase: 'learning', due: 5 }),
			card(),
			card({ suspended: 1 }),
			card({ archived: 1 })
		];
		expect(cardCountsText(cards, DAY_END)).toBe('5 cards · 1 due · 1 learning · 1 new · 1 suspended');
		expect(cardCountsText([card({ suspended: 1 }), card({ suspended: 1 })], DAY_END)).toBe('2 cards · suspended');
	});

	it('calls an item suspended only when all its live cards are', () => {
		expect(allSuspended(entry('a', 'table', 'a', [card({ suspended: 1 }), card({ suspended: 1 }), card({ archived: 1 })]))).toBe(true);
		expect(allSuspended(entry('b', 'table', 'b', [card({ suspended: 1 }), card()]))).toBe(false);
		expect(allSuspended(entry('c', 'concept', 'c', []))).toBe(false);
	});
});
