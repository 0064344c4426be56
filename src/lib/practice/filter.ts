// The question bank's filter: what the /practice page shows and what a saved filter set stores.
// It lives in the URL (`/practice?kind=sql,python&topic=windows&q=rank`) so any view can be
// bookmarked; parsing is forgiving (junk, unknown values and repeats are dropped, never thrown).
import { DOMAINS, ITEM_KINDS, ROUNDS, type Difficulty, type Domain, type ItemKind, type Round } from '$lib/model';
import { companyById } from './companies';

/** What the user's history says about an item. An item can be in several at once (due and lapsed). */
export const STATUSES = ['new', 'learning', 'due', 'lapsed', 'never-solved', 'solved'] as const;
export type Status = (typeof STATUSES)[number];

export const DIFFICULTIES = [1, 2, 3] as const satisfies readonly Difficulty[];

/** 'mine' keeps only the user's own items; 'all' keeps everything. */
export const ORIGINS = ['all', 'mine'] as const;
export type OriginFilter = (typeof ORIGINS)[number];

export interface BankFilter {
	/** Free-text search over titles, prompts and tags; '' for none. */
	q: string;
	kinds: ItemKind[];
	decks: string[];
	topics: string[];
	difficulties: Difficulty[];
	domains: Domain[];
	statuses: Status[];
	/** Interview rounds the items prepare for. */
	rounds: Round[];
	/** A company preset's id ("stripe"): keeps questions in the businesses it is in; '' for none. */
	company: string;
	origin: OriginFilter;
}

export const EMPTY_FILTER: BankFilter = Object.freeze({
	q: '',
	kinds: [],
	decks: [],
	topics: [],
	difficulties: [],
	domains: [],
	statuses: [],
	rounds: [],
	company: '',
	origin: 'all'
}) as BankFilter;

/** The dimensions that hold a list of values, in URL order. */
export const LIST_KEYS = ['kinds', 'rounds', 'decks', 'topics', 'difficulties', 'domains', 'statuses'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

/** URL parameter of each dimension: singular, short, readable in a bookmark. */
const PARAM: Record<ListKey, string> = {
	kinds: 'kind',
	rounds: 'round',
	decks: 'deck',
	topics: 'topic',
	difficulties: 'difficulty',
	domains: 'domain',
	statuses: 'status'
};

/** Longest free-text value kept from a URL: anything longer is junk, not a search. */
const MAX_TEXT = 200;
/** Most values kept per dimension, so a hostile URL cannot make the page do unbounded work. */
const MAX_VALUES = 100;

const known = <T extends string | number>(allowed: readonly T[]) => {
	const set = new Set<string>(allowed.map(String));
	return (value: string): T | null => (set.has(value) ? (allowed.find((a) => String(a) === value) as T) : null);
};
/** Free values (decks, topics): any short, non-empty slug-like text. */
const freeText = (value: string): string | null => (value.length > 0 && value.length <= MAX_TEXT ? value : null);

const PARSERS: { [K in ListKey]: (value: string) => BankFilter[K][number] | null } = {
	kinds: known(ITEM_KINDS),
	rounds: known(ROUNDS),
	decks: freeText,
	topics: freeText,
	difficulties: known(DIFFICULTIES),
	domains: known(DOMAINS),
	statuses: known(STATUSES)
};

/** Known values in a fixed order (the declared order for enums, alphabetical for free text). */
function canonical<T extends string | number>(values: T[], order: readonly T[] | null): T[] {
	const unique = [...new Set(values)];
	if (order) return order.filter((value) => unique.includes(value));
	return (unique as string[]).sort() as T[];
}

const ORDERS: { [K in ListKey]: readonly BankFilter[K][number][] | null } = {
	kinds: ITEM_KINDS,
	rounds: ROUNDS,
	decks: null,
	topics: null,
	difficulties: DIFFICULTIES,
	domains: DOMAINS,
	statuses: STATUSES
};

/**
 * Reads a filter from URL parameters. A dimension may be given as one comma-separated parameter
 * or repeated (`kind=sql&kind=python`); unknown values are dropped, so an old bookmark still opens.
 */
export function parseFilter(params: URLSearchParams): BankFilter {
	const filter: BankFilter = { ...EMPTY_FILTER, q: (params.get('q') ?? '').trim().slice(0, MAX_TEXT) };
	for (const key of LIST_KEYS) {
		const raw = params
			.getAll(PARAM[key])
			.flatMap((value) => value.split(','))
			.map((value) => value.trim())
			.slice(0, MAX_VALUES);
		const parse = PARSERS[key] as (value: string) => string | number | null;
		const values = raw.map(parse).filter((value) => value !== null);
		(filter[key] as (string | number)[]) = canonical(values, ORDERS[key] as readonly (string | number)[] | null);
	}
	filter.company = companyById(params.get('company') ?? '')?.id ?? '';
	filter.origin = params.get('origin') === 'mine' ? 'mine' : 'all';
	return filter;
}

/** Writes a filter as URL parameters in a fixed order, so equal filters give equal query strings. */
export function serializeFilter(filter: BankFilter): URLSearchParams {
	const params = new URLSearchParams();
	const q = filter.q.trim();
	if (q) params.set('q', q);
	for (const key of LIST_KEYS) {
		const values = canonical(filter[key] as (string | number)[], ORDERS[key] as readonly (string | number)[] | null);
		if (values.length) params.set(PARAM[key], values.join(','));
	}
	if (filter.company) params.set('company', filter.company);
	if (filter.origin === 'mine') params.set('origin', 'mine');
	return params;
}

/** The query string of a filter without the leading '?': '' when nothing is filtered. */
export function filterQuery(filter: BankFilter): string {
	return serializeFilter(filter).toString();
}

/** How many constraints the filter sets, search excluded: the badge on the Filters button. */
export function activeCount(filter: BankFilter): number {
	return LIST_KEYS.reduce((sum, key) => sum + filter[key].length, 0) + (filter.company ? 1 : 0) + (filter.origin === 'mine' ? 1 : 0);
}

/** The filter with one value of one dimension switched on or off. */
export function toggleValue<K extends ListKey>(filter: BankFilter, key: K, value: BankFilter[K][number]): BankFilter {
	const current = filter[key] as BankFilter[K][number][];
	const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
	return { ...filter, [key]: canonical(next as (string | number)[], ORDERS[key] as readonly (string | number)[] | null) };
}
