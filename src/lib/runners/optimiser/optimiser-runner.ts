// The app's front door to the FSRS optimiser: one run on a fresh worker behind the same
// WorkerClient as the SQL and Python runners, disposed as soon as the run settles (a fit holds tens
// of megabytes of wasm memory that nothing else needs). It always settles: with the fitted weights,
// or an OptimiserError worded for the user (the fit failed, the worker died, or it ran too long).
import type { OptimiserInput } from '../../srs/index';
import { RunnerError, StoppedError, WorkerClient, WorkerCrashedError, type WorkerLike } from '../worker-client';

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

export interface OptimiseOptions {
	/** Counted from the moment the wasm is loaded and the fit begins. */
	deadlineMs?: number;
	/** Creates the worker; tests pass a fake. */
	spawn?: () => WorkerLike;
}

const spawnOptimiser = () => new Worker(new URL('./optimiser.worker.ts', import.meta.url), { type: 'module', name: 'fsrs-optimiser' });

/** Fits FSRS weights to `input` in a worker of its own. The input's buffers move to the worker (they are empty afterwards). */
export async function optimiseInWorker(input: OptimiserInput, { deadlineMs = OPTIMISE_DEADLINE_MS, spawn = spawnOptimiser }: OptimiseOptions = {}): Promise<OptimiseResult> {
	const client = new WorkerClient({ runner: 'optimiser', spawn });
	try {
		return await client.call('fsrs-optimise', { input }, { deadlineMs, transfer: [input.ratings.buffer, input.deltaTs.buffer, input.lengths.buffer] });
	} catch (error) {
		throw new OptimiserError(userMessage(error), { cause: error });
	} finally {
		client.dispose();
	}
}

function userMessage(error: unknown): string {
	if (error instanceof RunnerError) return `The optimiser failed: ${error.detail}`;
	if (error instanceof StoppedError) {
		const seconds = Math.round(error.afterMs / 1000);
		if (error.reason === 'deadline') return `The optimiser did not finish within ${seconds} s and was stopped.`;
		if (error.reason === 'setup') return `The optimiser did not start within ${seconds} s and was stopped.`;
		return 'The optimiser was shut down before it finished.';
	}
	if (error instanceof WorkerCrashedError) {
		if (error.reason === 'unreadable') return 'The optimiser sent an answer the app could not read.';
		return `The optimiser stopped unexpectedly: ${error.detail || 'it could not be loaded'}.`;
	}
	return `The optimiser failed: ${error instanceof Error ? error.message : String(error)}`;
}
