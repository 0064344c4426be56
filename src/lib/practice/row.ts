// One line of the question bank: the few fields the list shows, filters on and searches, so the
// page never holds whole items (a scenario carries its dataset's queries and results).
import type { Difficulty, Domain, Item, ItemKind, Round } from '$lib/model';
import { roundsOf } from '$lib/content';
import { companyById } from './companies';
import type { CardPhase } from '$lib/model';
import type { BankFilter, Status } from './filter';

export interface BankRow {
	id: string;
	kind: ItemKind;
	deck: string;
	title: string;
	topics: string[];
	difficulty: Difficulty;
	domain: Domain;
	rounds: Round[];
	origin: 'bundle' | 'user';
	/** The question as plain text, for search and the result's second line. */
	prompt: string;
	statuses: Status[];
}

/** The parts of a card that decide an item's status. */
export interface CardStatusInput {
	phase: CardPhase;
	due: number;
	lapses: number;
	suspended: 0 | 1;
}

/** Kinds the user solves by running code: only these can be solved or never solved. */
export const SOLVABLE_KINDS: readonly ItemKind[] = ['sql', 'schema', 'python'];

/**
 * What an item's (non-archived) cards and drill attempts say about it at `now`:
 * new (no card has been answered yet), learning (a card is in its learning or relearning steps),
 * due (an answered, unsuspended card is due), lapsed (a card was ever forgotten after being learned),
 * solved / never solved (SQL, schema and Python drills only: whether any check passed).
 */
export function statusesOf(kind: ItemKind, cards: readonly CardStatusInput[], passed: boolean, now: number): Status[] {
	const statuses: Status[] = [];
	if (cards.every((card) => card.phase === 'new')) statuses.push('new');
	if (cards.some((card) => card.phase === 'learning' || card.phase === 'relearning')) statuses.push('learning');
	if (cards.some((card) => card.phase !== 'new' && !card.suspended && card.due <= now)) statuses.push('due');
	if (cards.some((card) => card.lapses > 0)) statuses.push('lapsed');
	if (SOLVABLE_KINDS.includes(kind)) statuses.push(passed ? 'solved' : 'never-solved');
	return statuses;
}

/** Longest prompt text kept per row: enough to search and to show two lines. */
const MAX_PROMPT = 600;

/** Markdown to searchable plain text: drops code fences, emphasis marks, link targets and tags. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/```[a-z]*\n?/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s*(#+|>)\s+/gm, '')
		.replace(/[*`|]+/g, '')
		// Underscores that mark emphasis, not the ones inside names like DENSE_RANK.
		.replace(/(^|\s)_+|_+(?=\s|$)/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The question an item asks, whatever its kind, as plain text. */
export function promptOf(item: Item): string {
	const text = (() => {
		switch (item.kind) {
			case 'concept':
			case 'sql':
			case 'schema':
			case 'python':
				return plainText(item.prompt);
			case 'script':
				return item.cue;
			case 'table':
				return item.columns.join(', ');
			case 'sequence':
				return item.steps.map((step) => step.name).join(', ');
			case 'scenario':
				return [item.summary, ...item.cards.map((card) => plainText(card.prompt))].join(' ');
		}
	})();
	return text.length > MAX_PROMPT ? `${text.slice(0, MAX_PROMPT)}…` : text;
}

/** A row for an item, given the statuses its history gives it. */
export function rowOf(item: Item & { origin: 'bundle' | 'user' }, statuses: Status[]): BankRow {
	return {
		id: item.id,
		kind: item.kind,
		deck: item.deck,
		title: item.title,
		topics: item.topics,
		difficulty: item.difficulty,
		domain: item.domain,
		rounds: roundsOf(item),
		origin: item.origin,
		prompt: promptOf(item),
		statuses
	};
}

const anyOf = <T>(wanted: readonly T[], have: T | readonly T[]) =>
	wanted.length === 0 || (Array.isArray(have) ? have.some((value) => wanted.includes(value)) : wanted.includes(have as T));

/**
 * Whether a row passes the filter's facets (search aside): values within one dimension are
 * alternatives (kind sql OR python), dimensions combine (AND).
 */
export function matchesFacets(row: BankRow, filter: BankFilter): boolean {
	return (
		anyOf(filter.kinds, row.kind) &&
		anyOf(filter.decks, row.deck) &&
		anyOf(filter.topics, row.topics) &&
		anyOf(filter.difficulties, row.difficulty) &&
		anyOf(filter.domains, row.domain) &&
		anyOf(filter.rounds, row.rounds) &&
		(!filter.company || (companyById(filter.company)?.domains ?? []).includes(row.domain)) &&
		anyOf(filter.statuses, row.statuses) &&
		(filter.origin !== 'mine' || row.origin === 'user')
	);
}
