import type { CardRecord } from '$lib/db/records';

/** What undoing one answer needs: the review row to delete and the card exactly as it was before. */
export interface UndoStep {
	reviewId: string;
	cardBefore: CardRecord;
}

export const DEFAULT_UNDO_CAPACITY = 20;

/**
 * The most recent answers, newest on top. When full, pushing drops the oldest step: undo is for
 * slips made a moment ago, not for rewriting history (the review log keeps everything).
 */
export class UndoStack<T extends UndoStep = UndoStep> {
	#steps: T[] = [];
	readonly capacity: number;

	constructor(capacity: number = DEFAULT_UNDO_CAPACITY) {
		if (!Number.isInteger(capacity) || capacity < 1) {
			throw new Error(`UndoStack capacity must be a whole number of at least 1, got ${capacity}`);
		}
		this.capacity = capacity;
	}

	get size(): number {
		return this.#steps.length;
	}

	get canUndo(): boolean {
		return this.#steps.length > 0;
	}

	/**
	 * Records a step. The card is copied (CardRecord is flat), so later in-place changes to the
	 * session's record cannot alter the state that undo restores.
	 */
	push(step: T): void {
		this.#steps.push({ ...step, cardBefore: Object.freeze({ ...step.cardBefore }) });
		if (this.#steps.length > this.capacity) this.#steps.shift();
	}

	/** The newest step, without removing it: undo it in storage first, then `pop` once that succeeded. */
	peek(): T | null {
		return this.#steps.at(-1) ?? null;
	}

	pop(): T | null {
		return this.#steps.pop() ?? null;
	}

	clear(): void {
		this.#steps = [];
	}
}
