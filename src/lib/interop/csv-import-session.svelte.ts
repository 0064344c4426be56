// State of the CSV import screen: the chosen file, kind and deck, the plan shown as a preview, and
// the commit. Choosing another kind or deck re-plans the same text; nothing is written until
// `commit`, which writes every new and updated row in one transaction.
import { itemsOfKind, userMessage, type RehearseDb } from '$lib/db';
import { importUserItems } from '$lib/db/import-items';
import type { ImportKind, ImportPlan } from './csv-import';

/** Bigger than any real deck of cards; a file past this is refused before it is read. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export interface ImportResult {
	added: number;
	updated: number;
	skipped: number;
}

export class CsvImportSession {
	#db: RehearseDb;
	#decks: readonly string[];
	#now: () => number;
	#text: string | null = null;
	/** Bumped on every re-plan, so a slow older plan never replaces a newer one. */
	#planRun = 0;

	fileName = $state<string | null>(null);
	kind = $state<ImportKind>('concept');
	deck = $state('');
	plan = $state.raw<ImportPlan | null>(null);
	busy = $state(false);
	error = $state<string | null>(null);
	result = $state.raw<ImportResult | null>(null);

	constructor(db: RehearseDb, decks: readonly string[], now: () => number) {
		this.#db = db;
		this.#decks = decks;
		this.#now = now;
		this.deck = decks[0] ?? '';
	}

	/** Rows that the import would write. */
	get writable(): number {
		return this.plan ? this.plan.counts.new + this.plan.counts.updated : 0;
	}

	/** Import is offered only for a plan that read the whole file and has something to write. */
	get canCommit(): boolean {
		return !!this.plan && this.plan.problems.length === 0 && this.writable > 0 && !this.busy;
	}

	async chooseFile(file: File): Promise<void> {
		this.reset();
		if (file.size > MAX_CSV_BYTES) {
			this.error = `"${file.name}" is ${(file.size / 1_048_576).toFixed(1)} MB; a card file this large is not a CSV of cards. The limit is 5 MB.`;
			return;
		}
		let text: string;
		try {
			text = await file.text();
		} catch (error) {
			this.error = `"${file.name}" could not be read: ${userMessage(error)}`;
			return;
		}
		if (text.includes('\u0000')) {
			this.error = `"${file.name}" is not a text file. Choose a .csv, .tsv or .txt file.`;
			return;
		}
		this.fileName = file.name;
		this.#text = text;
		await this.replan();
	}

	setKind(kind: ImportKind): Promise<void> {
		this.kind = kind;
		return this.replan();
	}

	setDeck(deck: string): Promise<void> {
		this.deck = deck;
		return this.replan();
	}

	async replan(): Promise<void> {
		if (this.#text === null) return;
		const run = ++this.#planRun;
		this.result = null;
		this.error = null;
		try {
			// The planner brings the Markdown renderer and sanitiser: loaded on the first file, not with Settings.
			const [{ planCsvImport }, items] = await Promise.all([import('./csv-import'), itemsOfKind(this.#db, this.kind)]);
			const existing = items.map((item) => ({ item, origin: item.origin }));
			const plan = await planCsvImport(this.#text, { kind: this.kind, deck: this.deck, decks: this.#decks, existing, now: this.#now() });
			if (run === this.#planRun) this.plan = plan;
		} catch (error) {
			if (run === this.#planRun) this.error = userMessage(error);
		}
	}

	async commit(): Promise<void> {
		if (!this.canCommit || !this.plan) return;
		const plan = this.plan;
		const items = plan.rows.flatMap((row) => (row.item ? [row.item] : []));
		this.busy = true;
		this.error = null;
		try {
			const report = await importUserItems(this.#db, items, this.#now());
			this.result = { added: report.added, updated: report.updated, skipped: plan.counts.duplicate + plan.counts.invalid };
			this.plan = null;
			this.#text = null;
		} catch (error) {
			this.error = `Nothing was imported: ${userMessage(error)}`;
		} finally {
			this.busy = false;
		}
	}

	reset(): void {
		this.#planRun++;
		this.#text = null;
		this.fileName = null;
		this.plan = null;
		this.error = null;
		this.result = null;
	}
}
