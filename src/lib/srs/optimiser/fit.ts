// Runs the fsrs-rs optimiser (fsrs-browser's wasm) once. Shared by the worker and the Node test, so
// both exercise the same call; the caller loads the wasm first.
import type { Fsrs } from 'fsrs-browser';
import type { OptimiserInput } from './items';
import { weightsFromOptimiser } from './weights';

/** Fits FSRS weights to the packed items, with short-term (same-day) reviews modelled as the app schedules them. */
export function fitWeights(FsrsClass: typeof Fsrs, input: OptimiserInput): number[] {
	// computeParameters takes ownership of the model (wasm-bindgen passes `self` by value): Rust
	// frees it, and calling free() afterwards would throw "null pointer passed to rust".
	if (input.lengths.length === 0) throw new Error('There are no reviews a day or more apart to learn from yet.');
	const model = new FsrsClass();
	return weightsFromOptimiser(model.computeParameters(input.ratings, input.deltaTs, input.lengths, undefined, true));
}
