import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from './filter';
import { ROWS, bankRow } from './fixtures';
import { buildSearchIndex, normalise, queryTokens, Searcher, searchIndex } from './search';
import { selectFrom, selectRows } from './select';

const index = buildSearchIndex(ROWS);
const ids = (hits: number[]) => hits.map((i) => ROWS[i].id);

describe('normalise', () => {
	it('lowercases, drops accents and turns punctuation into single spaces', () => {
		expect(normalise('Café — DENSE_RANK()!')).toBe(' cafe dense rank ');
		expect(queryTokens('  ROW_number ')).toEqual(['row', 'number']);
	});
});

describe('searchIndex', () => {
	it('matches titles, prompts and tags, every word required', () => {
		expect(ids(searchIndex(index, 'grain'))).toEqual(['grain']);
		expect(ids(searchIndex(index, 'dense rank'))).toEqual(['rank-ties']);
		expect(ids(searchIndex(index, 'double-entry'))).toEqual(['ledger']);
		expect(ids(searchIndex(index, 'payments ledger debit'))).toEqual(['ledger']);
		expect(searchIndex(index, 'grain windows')).toEqual([]);
	});

	it('finds accented titles from plain letters and partial words', () => {
		expect(ids(searchIndex(index, 'cafe'))).toEqual(['café']);
		expect(ids(searchIndex(index, 'dedup'))).toEqual(['dedupe']);
	});

	it('puts rows whose title holds the words before rows that only mention them', () => {
		// "payments" is the title of the ledger and only the domain of rank-ties, which comes first in the index.
		expect(ids(searchIndex(index, 'payments'))).toEqual(['ledger', 'rank-ties']);
	});

	it('returns every row in order for a blank query', () => {
		expect(searchIndex(index, '  ')).toEqual(ROWS.map((_, i) => i));
	});
});

describe('Searcher', () => {
	it('gives the same results when narrowing from the last keystroke as when searching afresh', () => {
		const searcher = new Searcher(index);
		for (const query of ['d', 'de', 'ded', 'dedu', 'de', 'e', 'ev', 'eve', 'event', 'event l', 'event la']) {
			expect(searcher.search(query)).toEqual(searchIndex(index, query));
		}
	});

	// Speed is the benchmark's job (`npm run bench` prints per-keystroke latency against the 10 ms
	// budget); a timed assertion here would flake on a busy CI machine.
	it('narrows 2,000 rows keystroke by keystroke to exactly what a fresh search finds', () => {
		const many = Array.from({ length: 2000 }, (_, i) =>
			bankRow(`r${i}`, { title: `Question ${i} about ${['windows', 'joins', 'grain', 'scd'][i % 4]}`, prompt: 'Lorem ipsum dolor sit amet '.repeat(20) })
		);
		const built = buildSearchIndex(many);
		const searcher = new Searcher(built);
		for (const query of ['w', 'wi', 'win', 'wind', 'windo', 'window', 'windows', 'windows 1']) {
			expect(searcher.search(query)).toEqual(searchIndex(built, query));
		}
		// Every fourth row is about windows; "windows 1" keeps those whose text also has a "1".
		expect(searcher.search('windows').length).toBe(500);
		expect(searcher.search('windows 1').length).toBeGreaterThan(0);
	});
});

describe('selectRows', () => {
	it('combines search with facets: values within a dimension are alternatives, dimensions combine', () => {
		const pick = (query: string) => selectFrom(ROWS, { ...EMPTY_FILTER, q: '', ...parse(query) }).map((row) => row.id);
		expect(pick('kinds=sql,python')).toEqual(['rank-ties', 'dedupe']);
		expect(pick('domains=payments')).toEqual(['rank-ties', 'ledger']);
		expect(pick('domains=payments&kinds=scenario')).toEqual(['ledger']);
		expect(pick('statuses=due')).toEqual(['rank-ties', 'ledger']);
		expect(pick('statuses=never-solved,new')).toEqual(['scd2', 'grain', 'dedupe', 'café']);
		expect(pick('topics=grain,star')).toEqual(['grain', 'café']);
		expect(pick('difficulties=2,3')).toEqual(['scd2', 'rank-ties']);
		expect(pick('decks=modeling&origin=mine')).toEqual(['café']);
	});

	it('applies the search words inside the facets', () => {
		expect(selectRows(index, { ...EMPTY_FILTER, q: 'payments', kinds: ['sql'] }).map((row) => row.id)).toEqual(['rank-ties']);
	});
});

/** Test shorthand: 'kinds=sql,python&origin=mine' → partial filter with typed arrays. */
function parse(query: string) {
	const out: Record<string, unknown> = {};
	for (const [key, value] of new URLSearchParams(query)) {
		out[key] = key === 'origin' ? value : value.split(',').map((v) => (key === 'difficulties' ? Number(v) : v));
	}
	return out;
}
