// Instant search over the bank. Every row's searchable text is normalised once, when the bank
// loads; a keystroke then only normalises the query and scans those strings (≤ 10 ms for 2,000
// rows is the budget; see scripts/bench/search.ts).
import type { BankRow } from './row';

/** Lower case, accents dropped, anything but letters and digits turned into single spaces. */
export function normalise(text: string): string {
	return ` ${text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()} `;
}

export interface SearchIndex {
	readonly rows: readonly BankRow[];
	/** Normalised titles, padded with spaces so ' word' finds a word start. */
	readonly titles: readonly string[];
	/** Normalised title, tags (topics, kind, deck, domain) and prompt of each row. */
	readonly texts: readonly string[];
}

export function buildSearchIndex(rows: readonly BankRow[]): SearchIndex {
	return {
		rows,
		titles: rows.map((row) => normalise(row.title)),
		texts: rows.map((row) => normalise([row.title, ...row.topics, row.kind, row.deck, row.domain, row.prompt].join(' ')))
	};
}

/** The words of a query, normalised; empty when there is nothing to search for. */
export function queryTokens(query: string): string[] {
	const normal = normalise(query).trim();
	return normal ? normal.split(' ') : [];
}

/**
 * Positions (into index.rows) of the rows whose text contains every word of the query, best first:
 * rows whose title holds every word, then the rest, each group in the index's own order.
 * With no words, every row in order. `within` narrows the scan to earlier results, so typing one
 * more letter rescans only what the previous keystroke found.
 */
export function searchIndex(index: SearchIndex, query: string, within?: readonly number[]): number[] {
	const tokens = queryTokens(query);
	const candidates = within ?? index.rows.map((_, i) => i);
	if (tokens.length === 0) return [...candidates].sort((a, b) => a - b);
	const inTitle: number[] = [];
	const elsewhere: number[] = [];
	for (const i of candidates) {
		const text = index.texts[i];
		let all = true;
		for (const token of tokens) {
			if (!text.includes(token)) {
				all = false;
				break;
			}
		}
		if (!all) continue;
		const title = index.titles[i];
		(tokens.every((token) => title.includes(token)) ? inTitle : elsewhere).push(i);
	}
	inTitle.sort((a, b) => a - b);
	elsewhere.sort((a, b) => a - b);
	return inTitle.concat(elsewhere);
}

/**
 * Remembers the last query's results so a query that only adds letters or words rescans those.
 * Each added letter can only narrow a substring match, so the shortcut never drops a row.
 */
export class Searcher {
	#index: SearchIndex;
	#last: { tokens: string[]; hits: number[] } | null = null;

	constructor(index: SearchIndex) {
		this.#index = index;
	}

	get index(): SearchIndex {
		return this.#index;
	}

	search(query: string): number[] {
		const tokens = queryTokens(query);
		const previous = this.#last;
		const narrows = previous !== null && previous.tokens.length > 0 && refines(previous.tokens, tokens);
		const hits = searchIndex(this.#index, query, narrows ? previous.hits : undefined);
		this.#last = { tokens, hits };
		return hits;
	}
}

/** Whether every row matching `next` must also match `before`: each old word is inside some new word. */
function refines(before: string[], next: string[]): boolean {
	return before.every((word) => next.some((candidate) => candidate.includes(word)));
}
