// Putting a sequence's shuffled steps back in order, by tapping them into a list (with undo) or by
// dragging them into place. Both feed one checkOrder.
import type { SequenceItem } from '$lib/model';
import { checkOrder, shuffleSteps, suggestFromShare, type OrderCheck, type Seed } from '$lib/drills';
import type { Grade } from '$lib/srs';
import type { CardDrill } from './card-drill';

export type OrderInput = 'tap' | 'drag';

export class OrderDrill implements CardDrill {
	readonly kind = 'order';
	input = $state<OrderInput>('tap');
	/** Tap mode: steps not yet tapped, in shuffled order, and those tapped so far. */
	pool = $state<string[]>([]);
	placed = $state<string[]>([]);
	/** Drag mode: the whole list, starting shuffled. */
	arrangement = $state<string[]>([]);
	result = $state.raw<OrderCheck | null>(null);
	/** The order that was checked, so verdicts line up with what the user sent. */
	checkedOrder = $state.raw<string[]>([]);

	readonly item: SequenceItem;
	readonly #shuffled: string[];

	constructor(item: SequenceItem, seed: Seed) {
		this.item = item;
		this.#shuffled = shuffleSteps(item.steps, seed).map((step) => step.name);
		this.pool = [...this.#shuffled];
		this.arrangement = [...this.#shuffled];
	}

	get done(): boolean {
		return this.result !== null;
	}

	/** Tap mode can be checked once every step is placed; drag mode at any time. */
	get canCheck(): boolean {
		return !this.result && (this.input === 'drag' || this.pool.length === 0);
	}

	get suggestedGrade(): Grade | null {
		if (!this.result) return null;
		return this.result.correct ? 3 : suggestFromShare(this.result.positions.filter(Boolean).length, this.item.steps.length);
	}

	get answerExtra(): { score: number | null; mode: string } {
		const result = this.result;
		return { score: result ? result.positions.filter(Boolean).length / result.positions.length : null, mode: 'order' };
	}

	setInput(input: OrderInput): void {
		if (!this.result) this.input = input;
	}

	tap(name: string): void {
		if (this.result || !this.pool.includes(name)) return;
		this.pool = this.pool.filter((step) => step !== name);
		this.placed = [...this.placed, name];
	}

	/** Takes back the last tap; the step returns to where it was in the shuffled pool. */
	undo(): void {
		const last = this.placed.at(-1);
		if (this.result || last === undefined) return;
		this.placed = this.placed.slice(0, -1);
		this.pool = this.#shuffled.filter((step) => step === last || this.pool.includes(step));
	}

	/** Drag mode: moves the step at `from` to `to`. */
	move(from: number, to: number): void {
		const list = [...this.arrangement];
		if (this.result || from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return;
		const [step] = list.splice(from, 1);
		list.splice(to, 0, step);
		this.arrangement = list;
	}

	check(): void {
		if (!this.canCheck) return;
		this.checkedOrder = this.input === 'tap' ? [...this.placed] : [...this.arrangement];
		this.result = checkOrder(this.item.steps, this.checkedOrder);
	}

	/** Another go with the same shuffle (practice page). */
	reset(): void {
		this.result = null;
		this.checkedOrder = [];
		this.pool = [...this.#shuffled];
		this.placed = [];
		this.arrangement = [...this.#shuffled];
	}
}
