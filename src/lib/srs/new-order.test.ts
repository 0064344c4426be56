import { describe, expect, it } from 'vitest';
import type { ItemKind } from '$lib/model';
import { buildQueue, newCardState, orderNewCards, type NewOrderOptions, type QueueEntry } from './index';

const NOW = Date.parse('2025-04-10T10:00:00Z');

/** A new card of item `item` in `deck`, introduced at `at` (all at once by default, as a sync does). */
function fresh(item: string, deck: string, at = NOW): QueueEntry {
	return { ...newCardState(at), id: `${item}::main`, itemId: item, variant: 'main', deck, suspended: 0, archived: 0, createdAt: at };
}

/** The bundle's shape in miniature, in storage order: deck by deck, file names in order. */
const items: [string, string, ItemKind][] = [
	['behavioural-ask-1', 'behavioural', 'concept'],
	['behavioural-ask-2', 'behavioural', 'concept'],
	['behavioural-ask-3', 'behavioural', 'concept'],
	['behavioural-star', 'behavioural', 'script'],
	['modeling-grain', 'modeling', 'concept'],
	['modeling-keys', 'modeling', 'concept'],
	['modeling-opening', 'modeling', 'script'],
	['modeling-orders-ddl', 'modeling', 'schema'],
	['python-counter', 'python', 'python'],
	['python-sessions', 'python', 'python'],
	['sql-anti-join', 'sql', 'concept'],
	['sql-joins-01', 'sql', 'sql'],
	['sql-joins-02', 'sql', 'sql']
];
const cards = items.map(([id, deck]) => fresh(id, deck));
const kinds = new Map(items.map(([id, , kind]) => [id, kind]));
const options = (over: Partial<NewOrderOptions> = {}): NewOrderOptions => ({ kinds, decks: [], seed: '2025-04-10', ...over });
const ids = (list: readonly QueueEntry[]) => list.map((card) => card.itemId);
const kindOf = (id: string) => ({ concept: 'recall', script: 'script' })[kinds.get(id) as string] ?? 'drill';

describe('orderNewCards', () => {
	it('takes turns across kinds: three recall cards, a script and a drill in every five, a recall card first', () => {
		const order = ids(orderNewCards(cards, options()));
		expect(order.slice(0, 10).map(kindOf)).toEqual(['recall', 'script', 'recall', 'drill', 'recall', 'recall', 'script', 'recall', 'drill', 'recall']);
	});

	it('takes turns across decks within a kind, instead of a whole deck first', () => {
		const order = ids(orderNewCards(cards, options()));
		const recallDecks = order.filter((id) => kindOf(id) === 'recall').map((id) => id.split('-')[0]);
		// Three decks hold recall cards: the first three come one from each.
		expect(new Set(recallDecks.slice(0, 3)).size).toBe(3);
		const drillDecks = order.filter((id) => kindOf(id) === 'drill').map((id) => id.split('-')[0]);
		expect(new Set(drillDecks.slice(0, 3)).size).toBe(3);
	});

	it('keeps file order within a deck', () => {
		const order = ids(orderNewCards(cards, options()));
		expect(order.filter((id) => id.startsWith('sql-joins'))).toEqual(['sql-joins-01', 'sql-joins-02']);
		expect(order.filter((id) => id.startsWith('behavioural-ask'))).toEqual(['behavioural-ask-1', 'behavioural-ask-2', 'behavioural-ask-3']);
	});

	it('introduces every card once, and only from the chosen decks when some are chosen', () => {
		expect(ids(orderNewCards(cards, options())).sort()).toEqual(items.map(([id]) => id).sort());
		const chosen = ids(orderNewCards(cards, options({ decks: ['sql', 'python'] })));
		expect(chosen.sort()).toEqual(['python-counter', 'python-sessions', 'sql-anti-join', 'sql-joins-01', 'sql-joins-02']);
	});

	it('gives the same order for the same seed, whatever order the cards arrive in', () => {
		const once = ids(orderNewCards(cards, options()));
		expect(ids(orderNewCards([...cards].reverse(), options()))).toEqual(once);
	});

	it('lets another day open with another deck', () => {
		const openers = new Set(['2025-04-10', '2025-04-11', '2025-04-12', '2025-04-13', '2025-04-14'].map((seed) => ids(orderNewCards(cards, options({ seed })))[0]));
		expect(openers.size).toBeGreaterThan(1);
	});

	it('goes on with the kinds that are left when one runs out', () => {
		const recallOnly = items.filter(([, , kind]) => kind === 'concept').map(([id, deck]) => fresh(id, deck));
		expect(orderNewCards([...recallOnly, fresh('python-counter', 'python')], options())).toHaveLength(recallOnly.length + 1);
		expect(ids(orderNewCards([fresh('sql-joins-01', 'sql'), fresh('sql-joins-02', 'sql')], options()))).toEqual(['sql-joins-01', 'sql-joins-02']);
	});

	it('treats a card whose item kind is unknown as a recall card', () => {
		expect(ids(orderNewCards([fresh('mystery', 'sql'), fresh('sql-joins-01', 'sql')], options()))).toEqual(['mystery', 'sql-joins-01']);
	});
});

describe('buildQueue with newOrder', () => {
	const limits = { newPerDay: 5, reviewsPerDay: 200, dayStartHour: 4 };
	const input = { newIntroducedToday: 0, reviewsDoneToday: 0, itemsReviewedToday: new Set<string>(), limits, now: NOW };

	it('applies the daily limit after interleaving, so five new cards already mix kinds and decks', () => {
		const queue = ids(buildQueue({ ...input, cards, newOrder: options() }));
		expect(queue).toHaveLength(5);
		expect(new Set(queue.map(kindOf))).toEqual(new Set(['recall', 'script', 'drill']));
		expect(new Set(queue.map((id) => id.split('-')[0])).size).toBeGreaterThanOrEqual(3);
	});

	it('without it keeps storage order: the first deck fills the day (the bug this fixes)', () => {
		const queue = ids(buildQueue({ ...input, cards }));
		expect(queue.slice(0, 3)).toEqual(['behavioural-ask-1', 'behavioural-ask-2', 'behavioural-ask-3']);
	});
});
