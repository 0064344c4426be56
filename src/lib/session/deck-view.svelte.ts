// A deck's page: its items (grouped by kind and filtered), what "Study this deck" would hold, and
// suspending an item from its row menu. Loaded by routes/decks/[deck]/+page.ts.
import { deckContents, setSuspended, userMessage, type DeckEntry, type RehearseDb, type Settings } from '$lib/db';
import type { ItemKind } from '$lib/model';
import { dayWindow } from '$lib/srs';
import { groupEntries, isNarrowed, kindCounts } from './deck-page';
import { deckSetId, loadSetOverview, type SetOverview } from './set-study';

/** Rows listed at once when a filter narrows the list; "Show more" adds as many again. */
export const PAGE_ROWS = 40;

export interface DeckPageData {
	deck: string;
	entries: DeckEntry[];
	/** The deck's counts as custom study sees them (null only if the deck set cannot be resolved). */
	study: SetOverview | null;
	/** End of the study day the data was read for: cards due before it are due today. */
	dayEnd: number;
}

/** Reads what a deck's page shows at `at`. */
export async function loadDeckPage(db: RehearseDb, settings: Settings, deck: string, at: number): Promise<DeckPageData> {
	const [entries, study] = await Promise.all([deckContents(db, deck), loadSetOverview(db, settings, deckSetId(deck), at)]);
	return { deck, entries, study, dayEnd: dayWindow(at, settings.dayStartHour).end };
}

export class DeckView {
	readonly #db: RehearseDb;
	readonly #settings: Settings;
	/** Set by the constructor; a field initialiser so the derived fields below may read it. */
	#data = $state.raw<DeckPageData>(undefined!);
	#busy = $state(false);
	#error = $state<string | null>(null);
	/** Kinds chosen with the chips; none means every kind. */
	kinds = $state<ItemKind[]>([]);
	/** Text the titles are filtered on. */
	query = $state('');
	/** How many matching rows are listed while a filter narrows the list. */
	limit = $state(PAGE_ROWS);

	constructor(db: RehearseDb, settings: Settings, data: DeckPageData) {
		this.#db = db;
		this.#settings = settings;
		this.#data = data;
	}

	get deck() {
		return this.#data.deck;
	}
	get entries() {
		return this.#data.entries;
	}
	get study() {
		return this.#data.study;
	}
	get dayEnd() {
		return this.#data.dayEnd;
	}
	/** A suspend is being saved: the row menus wait. */
	get busy() {
		return this.#busy;
	}
	/** Why the last suspend failed, in the user's words; null when it did not. */
	get error() {
		return this.#error;
	}

	/** Items per kind, for the chips. */
	readonly kindOptions = $derived(kindCounts(this.#data.entries));
	/** Whether the chips or the text narrow the list (then all matches are listed, page by page). */
	readonly narrowed = $derived(isNarrowed({ kinds: this.kinds, query: this.query }));
	/** The filtered entries by kind, each group cut to what the page lists now. */
	readonly groups = $derived.by(() => {
		const groups = groupEntries(this.#data.entries, { kinds: this.kinds, query: this.query });
		if (!this.narrowed) return groups;
		let left = this.limit;
		return groups.map((group) => {
			const shown = Math.max(0, Math.min(group.entries.length, left));
			left -= shown;
			return { ...group, shown };
		});
	});
	/** Matching entries not listed yet ("Show more"). */
	readonly hidden = $derived(this.narrowed ? this.groups.reduce((n, group) => n + group.entries.length - group.shown, 0) : 0);

	toggleKind(kind: ItemKind) {
		this.kinds = this.kinds.includes(kind) ? this.kinds.filter((k) => k !== kind) : [...this.kinds, kind];
		this.limit = PAGE_ROWS;
	}

	/** Narrows the list to one kind: a group's "Show all" link. */
	showKind(kind: ItemKind) {
		this.kinds = [kind];
		this.limit = PAGE_ROWS;
	}

	/** Filters the titles on `query`, listing the first page of matches again. */
	search(query: string) {
		this.query = query;
		this.limit = PAGE_ROWS;
	}

	showMore() {
		this.limit += PAGE_ROWS;
	}

	/** Suspends (or unsuspends) every card of an item, then reads the deck again. */
	async suspend(itemId: string, suspended: boolean, at: number): Promise<void> {
		const entry = this.#data.entries.find((e) => e.item.id === itemId);
		if (!entry || this.#busy) return;
		this.#busy = true;
		this.#error = null;
		try {
			await setSuspended(
				this.#db,
				entry.cards.map((card) => card.id),
				suspended
			);
			this.#data = await loadDeckPage(this.#db, this.#settings, this.#data.deck, at);
		} catch (error) {
			this.#error = userMessage(error);
		} finally {
			this.#busy = false;
		}
	}
}
