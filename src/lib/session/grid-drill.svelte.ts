// One fill-the-grid round of a decision table: seeded blanks, answers typed or picked, per-cell
// verdicts on Check, and the round's mix-ups added to the table's confusion tally.
import type { TableItem } from '$lib/model';
import { confusionsOf, recordConfusions, type RehearseDb } from '$lib/db';
import { cellId, columnChoices, gridResult, makeGrid, suggestFromShare, type ConfusionCount, type Grid, type GridResult, type Seed } from '$lib/drills';
import type { Grade } from '$lib/srs';
import type { CardDrill } from './card-drill';
import { describeError } from './errors';

/** Enough blanks to test the table without turning a review into a quiz of the whole thing. */
export const GRID_BLANKS = 6;

export type GridInput = 'pick' | 'type';

export class GridDrill implements CardDrill {
	readonly kind = 'grid';
	/** Picking from the column's values is quicker on a phone; typing is the harder recall. */
	input = $state<GridInput>('pick');
	answers = $state<Record<string, string>>({});
	result = $state.raw<GridResult | null>(null);
	/** The table's mix-ups so far, this round's included once checked. */
	confusions = $state.raw<ConfusionCount[]>([]);
	error = $state<string | null>(null);

	readonly item: TableItem;
	readonly grid: Grid;
	#db: RehearseDb;
	#choices = new Map<number, string[]>();

	constructor(db: RehearseDb, item: TableItem, seed: Seed, blanks = GRID_BLANKS) {
		this.#db = db;
		this.item = item;
		this.grid = makeGrid(item, seed, blanks);
	}

	/** Loads the table's tally for its practice page. */
	async loadConfusions(): Promise<void> {
		this.confusions = await confusionsOf(this.#db, this.item.id);
	}

	get done(): boolean {
		return this.result !== null;
	}

	get suggestedGrade(): Grade | null {
		return this.result ? suggestFromShare(this.result.correct, this.result.total) : null;
	}

	get answerExtra(): { score: number | null; mode: string } {
		const result = this.result;
		return { score: result && result.total ? result.correct / result.total : null, mode: 'grid' };
	}

	/** The column's distinct values, for the pick list. */
	choices(col: number): string[] {
		let list = this.#choices.get(col);
		if (!list) this.#choices.set(col, (list = columnChoices(this.item, col)));
		return list;
	}

	answerOf(row: number, col: number): string {
		return this.answers[cellId(row, col)] ?? '';
	}

	setAnswer(row: number, col: number, value: string): void {
		if (this.result) return;
		this.answers[cellId(row, col)] = value;
	}

	verdictOf(row: number, col: number) {
		return this.result?.cells.find((c) => c.row === row && c.col === col) ?? null;
	}

	async check(): Promise<void> {
		if (this.result) return;
		const result = gridResult(this.grid, this.answers);
		this.result = result;
		try {
			this.confusions = await recordConfusions(this.#db, this.item.id, result.confusions);
		} catch (error) {
			this.error = describeError(error);
		}
	}
}
