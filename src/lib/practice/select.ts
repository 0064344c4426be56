// Filter and search together: what the list shows and what a saved filter set contains.
import type { BankFilter } from './filter';
import { matchesFacets, type BankRow } from './row';
import { buildSearchIndex, searchIndex, type SearchIndex } from './search';

/**
 * The rows that pass the filter, best search match first. `hits` are the search's results for
 * filter.q when the caller already has them (the page keeps a Searcher across keystrokes).
 */
export function selectRows(index: SearchIndex, filter: BankFilter, hits: readonly number[] = searchIndex(index, filter.q)): BankRow[] {
	const rows: BankRow[] = [];
	for (const i of hits) {
		const row = index.rows[i];
		if (matchesFacets(row, filter)) rows.push(row);
	}
	return rows;
}

/** One-off selection over plain rows (a saved set evaluated outside the page). */
export function selectFrom(rows: readonly BankRow[], filter: BankFilter): BankRow[] {
	return selectRows(buildSearchIndex(rows), filter);
}

/** The values present in the rows for a free-text dimension, with how many rows have each. */
export function facetCounts(rows: readonly BankRow[], pick: (row: BankRow) => string | readonly string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const row of rows) {
		const values = pick(row);
		for (const value of typeof values === 'string' ? [values] : values) counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return counts;
}
