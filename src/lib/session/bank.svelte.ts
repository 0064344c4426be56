// The /practice page's state: the bank's rows, the filter (mirrored in the URL by the page), the
// results, and the items the user has picked by hand.
import { SvelteSet } from 'svelte/reactivity';
import { type RehearseDb } from '$lib/db';
import { loadBank } from '$lib/db/bank';
import { buildSearchIndex, EMPTY_FILTER, facetCounts, Searcher, selectRows, type BankFilter, type BankRow } from '$lib/practice';

export class BankView {
	/** Every live item, or null until the bank has loaded. */
	rows = $state.raw<BankRow[] | null>(null);
	filter = $state.raw<BankFilter>(EMPTY_FILTER);
	/** Ids picked by hand, in the order they were picked. */
	readonly picked = new SvelteSet<string>();
	picking = $state(false);
	#searcher: Searcher | null = null;

	/** The rows that pass the filter and the search, best match first. */
	readonly results = $derived.by(() => {
		const rows = this.rows;
		if (!rows || !this.#searcher) return [];
		return selectRows(this.#searcher.index, this.filter, this.#searcher.search(this.filter.q));
	});

	/** Topics in the bank, most used first, with how many items have each. */
	readonly topics = $derived(this.rows ? [...facetCounts(this.rows, (row) => row.topics)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) : []);
	/** Kinds, decks and domains present in the bank, with counts. */
	readonly kinds = $derived(this.rows ? facetCounts(this.rows, (row) => row.kind) : new Map<string, number>());
	readonly decks = $derived(this.rows ? facetCounts(this.rows, (row) => row.deck) : new Map<string, number>());
	readonly rounds = $derived(this.rows ? facetCounts(this.rows, (row) => row.rounds) : new Map<string, number>());
	readonly domains = $derived(this.rows ? facetCounts(this.rows, (row) => row.domain) : new Map<string, number>());

	/**
	 * Loads the bank; `now` decides which items are due. The page's loader waits for it, so coming
	 * back to /practice draws the whole list before the browser restores the scroll position.
	 */
	async load(db: RehearseDb, now: number): Promise<void> {
		const rows = await loadBank(db, now);
		this.#searcher = new Searcher(buildSearchIndex(rows));
		this.rows = rows;
	}

	togglePicked(id: string): void {
		if (this.picked.has(id)) this.picked.delete(id);
		else this.picked.add(id);
	}

	/** Picks every result not yet picked (or unpicks them all when all are picked). */
	togglePickAll(): void {
		const ids = this.results.map((row) => row.id);
		if (ids.every((id) => this.picked.has(id))) for (const id of ids) this.picked.delete(id);
		else for (const id of ids) this.picked.add(id);
	}

	stopPicking(): void {
		this.picking = false;
		this.picked.clear();
	}
}
