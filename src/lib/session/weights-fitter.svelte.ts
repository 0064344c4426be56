// The state behind Settings → Fit the scheduler: fit FSRS's parameters to the user's own review log
// (fsrs-rs compiled to wasm, in a worker, loaded only when asked), compare, apply, and undo.
import { loadSettings, storageMessage, type RehearseDb } from '$lib/db';
// By path: fitting serves this panel only (db/index.ts says why).
import { applyWeights, countReviews, lastWeightsChange, MIN_REVIEWS_TO_OPTIMISE, optimiserLog, undoWeights, type WeightsUndo } from '$lib/db/fsrs-weights';
import { now, timezoneOffsetAt } from '$lib/clock';
import type { FitMetrics } from '$lib/srs';
// By path: see srs/index.ts.
import { cardHistories, packItems, trainingItems } from '$lib/srs/optimiser/items';
import { evaluateWeights } from '$lib/srs/optimiser/metrics';
import { effectiveWeights } from '$lib/srs/optimiser/weights';
import { app } from './app.svelte';
import type { Notice } from './backup-panel.svelte';
import { reportError } from './report-error';

export { MIN_REVIEWS_TO_OPTIMISE };

export interface FittedWeights {
	before: number[];
	after: number[];
	beforeMetrics: FitMetrics;
	afterMetrics: FitMetrics;
	seconds: number;
}

export type FitterTask = 'optimise' | 'apply' | 'undo';

export class WeightsFitter {
	#db: RehearseDb;
	#reviews = $state(0);
	#busy = $state<FitterTask | null>(null);
	#fitted = $state.raw<FittedWeights | null>(null);
	#undo = $state.raw<WeightsUndo | null>(null);
	#message = $state.raw<Notice | null>(null);
	/** Whether applying also replays every card's reviews with the new parameters. */
	reschedule = $state(false);

	private constructor(db: RehearseDb) {
		this.#db = db;
	}

	/** Counts the reviews there are to fit to; a failure is the screen's to show. */
	static async open(db: RehearseDb): Promise<WeightsFitter> {
		const fitter = new WeightsFitter(db);
		[fitter.#reviews, fitter.#undo] = await Promise.all([countReviews(db), lastWeightsChange(db).then((u) => u ?? null)]);
		return fitter;
	}

	/** How many reviews there are to fit to. */
	get reviews(): number {
		return this.#reviews;
	}

	get busy(): FitterTask | null {
		return this.#busy;
	}

	/** The parameters just fitted, with how well each set predicts the past; null when none wait. */
	get fitted(): FittedWeights | null {
		return this.#fitted;
	}

	/** The last change of parameters, while it can still be undone. */
	get undo(): WeightsUndo | null {
		return this.#undo;
	}

	get message(): Notice | null {
		return this.#message;
	}

	async optimise(): Promise<void> {
		this.#busy = 'optimise';
		this.#message = null;
		this.#fitted = null;
		try {
			const log = await optimiserLog(this.#db);
			const items = trainingItems(cardHistories(log, { dayStartHour: app.settings.dayStartHour, tzOffsetMinutes: timezoneOffsetAt }));
			// The runner (and through it the worker and its 1.7 MB of wasm) loads only now.
			const { optimiseInWorker } = await import('$lib/runners/optimiser/optimiser-runner');
			const { weights, ms } = await optimiseInWorker(packItems(items));
			const current = app.settings.weights;
			this.#fitted = {
				before: effectiveWeights(current),
				after: weights,
				beforeMetrics: evaluateWeights(items, current),
				afterMetrics: evaluateWeights(items, weights),
				seconds: ms / 1000
			};
		} catch (error) {
			// OptimiserError messages are written for the user; anything else is a storage problem or a bug.
			const text =
				error instanceof Error && error.name === 'OptimiserError' ? error.message : (storageMessage(error) ?? `Fitting failed: ${String(error)}`);
			this.#message = { tone: 'error', text };
		} finally {
			this.#busy = null;
		}
	}

	/** Keeps the current parameters: the fitted ones are dropped. */
	discard(): void {
		this.#fitted = null;
	}

	async apply(): Promise<void> {
		const fitted = this.#fitted;
		if (!fitted) return;
		this.#busy = 'apply';
		this.#message = null;
		try {
			const reschedule = this.reschedule;
			const { rescheduled } = await applyWeights(this.#db, fitted.after, { reschedule, now: now() });
			app.settings = await loadSettings(this.#db);
			this.#undo = (await lastWeightsChange(this.#db)) ?? null;
			this.#fitted = null;
			this.#message = {
				tone: 'ok',
				text: reschedule
					? `Using the new parameters. ${rescheduled.toLocaleString()} cards were rescheduled.`
					: 'Using the new parameters from your next answer on.'
			};
		} catch (error) {
			this.#message = { tone: 'error', text: reportError(error, 'save') };
		} finally {
			this.#busy = null;
		}
	}

	async revert(): Promise<void> {
		this.#busy = 'undo';
		this.#message = null;
		try {
			const hadCards = !!this.#undo?.previousStates;
			await undoWeights(this.#db);
			app.settings = await loadSettings(this.#db);
			this.#undo = null;
			this.#message = { tone: 'ok', text: hadCards ? 'Back to the previous parameters, with your cards as they were.' : 'Back to the previous parameters.' };
		} catch (error) {
			this.#message = { tone: 'error', text: reportError(error, 'save') };
		} finally {
			this.#busy = null;
		}
	}
}
