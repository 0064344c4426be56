// The app's front door to the optimiser: starts a worker for one run and always settles, with the
// fitted weights or an OptimiserError (the run failed, the worker died, or it ran past its deadline).
import type { OptimiserInput } from './items';
import type { OptimiseAnswer, OptimiseRequest } from './protocol';

/** Generous: the optimiser fits 10,000 reviews in about 1.4 s on a fast machine, a phone is slower. */
export const OPTIMISE_DEADLINE_MS = 180_000;

export class OptimiserError extends Error {
	override name = 'OptimiserError';
}

export interface OptimiseResult {
	weights: number[];
	/** Time spent fitting inside the worker, ms. */
	ms: number;
}

export function optimiseInWorker(input: OptimiserInput, deadlineMs = OPTIMISE_DEADLINE_MS): Promise<OptimiseResult> {
	const worker = new Worker(new URL('./optimiser.worker.ts', import.meta.url), { type: 'module', name: 'fsrs-optimiser' });
	return new Promise<OptimiseResult>((resolve, reject) => {
		const settle = (outcome: () => void) => {
			clearTimeout(timer);
			worker.terminate();
			outcome();
		};
		const timer = setTimeout(
			() => settle(() => reject(new OptimiserError(`The optimiser did not finish within ${Math.round(deadlineMs / 1000)} s and was stopped.`))),
			deadlineMs
		);
		worker.onmessage = (event: MessageEvent<OptimiseAnswer>) => {
			const answer = event.data;
			settle(() => (answer.ok ? resolve({ weights: answer.weights, ms: answer.ms }) : reject(new OptimiserError(`The optimiser failed: ${answer.message}`))));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			settle(() => reject(new OptimiserError(`The optimiser stopped unexpectedly: ${event.message || 'it could not be loaded'}.`)));
		};
		worker.onmessageerror = () => settle(() => reject(new OptimiserError('The optimiser sent an answer the app could not read.')));
		const request: OptimiseRequest = { input };
		worker.postMessage(request, [input.ratings.buffer, input.deltaTs.buffer, input.lengths.buffer]);
	});
}
