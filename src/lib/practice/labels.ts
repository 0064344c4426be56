// How filter values read on screen. Deck names come from the caller (they live in the content).
import type { Difficulty, Domain, ItemKind, Round } from '$lib/model';
import { LIST_KEYS, type BankFilter, type Status } from './filter';
import { companyById, companyLabel } from './companies';

export const KIND_LABELS: Record<ItemKind, string> = {
	concept: 'Concept',
	script: 'Script',
	table: 'Table',
	sequence: 'Sequence',
	sql: 'SQL',
	schema: 'Schema (DDL)',
	python: 'Python',
	scenario: 'Scenario card'
};

export const STATUS_LABELS: Record<Status, string> = {
	new: 'New',
	learning: 'Learning',
	due: 'Due',
	lapsed: 'Lapsed',
	'never-solved': 'Never solved',
	solved: 'Solved'
};

export const ROUND_LABELS: Record<Round, string> = {
	'phone-screen': 'Phone screen',
	'sql-live': 'SQL live coding',
	'python-assessment': 'Python assessment',
	'modeling-onsite': 'Modeling onsite',
	'system-design': 'System design',
	behavioural: 'Behavioural'
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { 1: 'Easy', 2: 'Medium', 3: 'Hard' };

/** 'food-delivery' → 'Food delivery'. */
export function domainLabel(domain: Domain | string): string {
	const words = domain.replace(/-/g, ' ');
	return words[0].toUpperCase() + words.slice(1);
}

/** The heading of each filter dimension. */
export const DIMENSION_LABELS = {
	kinds: 'Kind',
	rounds: 'Interview round',
	decks: 'Deck',
	topics: 'Topic',
	difficulties: 'Difficulty',
	domains: 'Domain',
	statuses: 'Status'
} as const;

/** One value of one dimension as a label. */
export function valueLabel(key: (typeof LIST_KEYS)[number], value: string | number, deckName: (id: string) => string): string {
	switch (key) {
		case 'kinds':
			return KIND_LABELS[value as ItemKind] ?? String(value);
		case 'rounds':
			return ROUND_LABELS[value as Round] ?? String(value);
		case 'decks':
			return deckName(String(value));
		case 'difficulties':
			return DIFFICULTY_LABELS[value as Difficulty] ?? String(value);
		case 'domains':
			return domainLabel(String(value));
		case 'statuses':
			return STATUS_LABELS[value as Status] ?? String(value);
		case 'topics':
			return String(value);
	}
}

/** A filter in a few words, for a saved set's line: 'SQL, Python · Due · "rank"'; 'Every question' when empty. */
export function describeFilter(filter: BankFilter, deckName: (id: string) => string): string {
	const parts = LIST_KEYS.filter((key) => filter[key].length > 0).map((key) =>
		(filter[key] as (string | number)[]).map((value) => valueLabel(key, value, deckName)).join(' or ')
	);
	const company = companyById(filter.company);
	if (company) parts.push(companyLabel(company));
	if (filter.origin === 'mine') parts.push('Mine');
	if (filter.q.trim()) parts.push(`“${filter.q.trim()}”`);
	return parts.length ? parts.join(' · ') : 'Every question';
}
