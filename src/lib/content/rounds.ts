// The interview round an item prepares for, so the bank can be filtered by round. Derived from the
// deck, the kind and the difficulty; an item may name its rounds itself (`rounds:` in its front
// matter) where the rule would be wrong. Pure.

import type { Difficulty, ItemKind, Round } from '../model/index.ts';

/** The round each deck's items mostly prepare for. */
const DECK_ROUND: Record<string, Round> = {
	modeling: 'modeling-onsite',
	warehouse: 'modeling-onsite',
	design: 'modeling-onsite',
	sql: 'sql-live',
	python: 'python-assessment',
	streaming: 'system-design',
	platform: 'system-design',
	spark: 'system-design',
	tuning: 'system-design',
	capacity: 'system-design',
	'ai-data': 'system-design',
	governance: 'system-design',
	quality: 'system-design',
	debugging: 'system-design',
	ml: 'system-design',
	product: 'phone-screen',
	behavioural: 'behavioural'
};

/** The round a kind of drill is, whatever its deck: you write SQL in the SQL round. */
const KIND_ROUND: Partial<Record<ItemKind, Round>> = { sql: 'sql-live', python: 'python-assessment', schema: 'modeling-onsite', scenario: 'modeling-onsite' };

/**
 * Example: roundsOf({ deck: 'platform', kind: 'concept', difficulty: 1 }) → ['system-design', 'phone-screen']:
 * an easy technical question is also what a phone screen asks.
 */
export function roundsOf(item: { deck: string; kind: ItemKind; difficulty: Difficulty; rounds?: readonly Round[] }): Round[] {
	if (item.rounds?.length) return [...item.rounds];
	const main = KIND_ROUND[item.kind] ?? DECK_ROUND[item.deck] ?? 'phone-screen';
	const screen = item.difficulty === 1 && main !== 'behavioural' && main !== 'phone-screen';
	return screen ? [main, 'phone-screen'] : [main];
}

/** What a phone screen samples besides product sense: the basics of the technical rounds. */
const PHONE_SCREEN_DECKS = ['sql', 'python', 'modeling'];

/**
 * The decks to study for the rounds a user prepares for: every deck whose items mostly prepare for
 * one of them, in `DECK_ROUND`'s order. A phone screen adds the SQL, Python and modeling basics.
 * Example: decksForRounds(['sql-live', 'behavioural']) → ['sql', 'behavioural'].
 */
export function decksForRounds(rounds: readonly Round[]): string[] {
	const wanted = new Set(rounds);
	return Object.keys(DECK_ROUND).filter((deck) => wanted.has(DECK_ROUND[deck]) || (wanted.has('phone-screen') && PHONE_SCREEN_DECKS.includes(deck)));
}
