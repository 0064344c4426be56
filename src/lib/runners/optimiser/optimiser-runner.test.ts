import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OptimiserInput } from '../../srs/index';
import type { Request, WorkerMessage } from '../protocol';
import type { WorkerLike } from '../worker-client';
import { OPTIMISE_DEADLINE_MS, OptimiserError, optimiseInWorker } from './optimiser-runner';

/** A stand-in for the optimiser worker: the test decides how it answers the one request. */
class FakeOptimiser implements WorkerLike {
	onmessage: WorkerLike['onmessage'] = null;
	onerror: WorkerLike['onerror'] = null;
	onmessageerror: WorkerLike['onmessageerror'] = null;
	terminated = false;
	received: { message: Request; transfer: Transferable[] | undefined }[] = [];
	constructor(private behave: (worker: FakeOptimiser, request: Request) => void) {}
	postMessage(message: unknown, transfer?: Transferable[]) {
		this.received.push({ message: message as Request, transfer });
		queueMicrotask(() => this.behave(this, message as Request));
	}
	terminate() {
		this.terminated = true;
	}
	send(message: WorkerMessage) {
		if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent);
	}
}

const WEIGHTS = Array.from({ length: 21 }, (_, i) => i / 10);
const fits = (worker: FakeOptimiser, request: Request) => {
	worker.send({ kind: 'started', id: request.id });
	worker.send({ kind: 'response', id: request.id, type: 'fsrs-optimise', ok: true, result: { weights: WEIGHTS, ms: 1400 } });
};
const input = (): OptimiserInput => ({ ratings: Uint32Array.of(3, 3, 1), deltaTs: Uint32Array.of(0, 1, 3), lengths: Uint32Array.of(3) });

let workers: FakeOptimiser[] = [];
const spawnWith = (behave: (worker: FakeOptimiser, request: Request) => void) => () => {
	const worker = new FakeOptimiser(behave);
	workers.push(worker);
	return worker;
};

beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
	workers = [];
});

describe('optimiseInWorker', () => {
	it('resolves with the fitted weights and the fit time, then terminates its worker', async () => {
		await expect(optimiseInWorker(input(), { spawn: spawnWith(fits) })).resolves.toEqual({ weights: WEIGHTS, ms: 1400 });
		expect(workers).toHaveLength(1);
		expect(workers[0].terminated).toBe(true);
	});

	it('moves the packed arrays to the worker instead of copying them', async () => {
		const packed = input();
		const buffers = [packed.ratings.buffer, packed.deltaTs.buffer, packed.lengths.buffer];
		await optimiseInWorker(packed, { spawn: spawnWith(fits) });
		const [{ message, transfer }] = workers[0].received;
		expect(message).toMatchObject({ type: 'fsrs-optimise', input: packed });
		expect(transfer).toEqual(buffers);
	});

	it('passes on the reason a fit failed, in the user’s words', async () => {
		const refuses = (worker: FakeOptimiser, request: Request) =>
			worker.send({ kind: 'response', id: request.id, ok: false, error: { name: 'Error', message: 'There are no reviews a day or more apart to learn from yet.' } });
		const run = optimiseInWorker(input(), { spawn: spawnWith(refuses) });
		await expect(run).rejects.toThrow(new OptimiserError('The optimiser failed: There are no reviews a day or more apart to learn from yet.'));
		await expect(run).rejects.toBeInstanceOf(OptimiserError);
		expect(workers[0].terminated).toBe(true);
	});

	it('says the optimiser stopped when its worker dies mid-fit', async () => {
		const dies = (worker: FakeOptimiser, request: Request) => {
			worker.send({ kind: 'started', id: request.id });
			worker.onerror?.({ message: 'RuntimeError: unreachable', preventDefault() {} } as ErrorEvent);
		};
		await expect(optimiseInWorker(input(), { spawn: spawnWith(dies) })).rejects.toThrow(
			new OptimiserError('The optimiser stopped unexpectedly: RuntimeError: unreachable.')
		);
		expect(workers[0].terminated).toBe(true);
	});

	it('says it could not be loaded when the worker dies without a word (its script did not load)', async () => {
		const noScript = (worker: FakeOptimiser) => worker.onerror?.({ message: '', preventDefault() {} } as ErrorEvent);
		await expect(optimiseInWorker(input(), { spawn: spawnWith(noScript) })).rejects.toThrow(
			new OptimiserError('The optimiser stopped unexpectedly: it could not be loaded.')
		);
	});

	it('says so when the worker’s answer cannot be read', async () => {
		const garbles = (worker: FakeOptimiser) => worker.onmessageerror?.({} as MessageEvent);
		await expect(optimiseInWorker(input(), { spawn: spawnWith(garbles) })).rejects.toThrow(
			new OptimiserError('The optimiser sent an answer the app could not read.')
		);
	});

	it('stops a fit that runs past its deadline, counted from the start of the fit, and terminates the worker', async () => {
		const slowLoadThenHang = (worker: FakeOptimiser, request: Request) => setTimeout(() => worker.send({ kind: 'started', id: request.id }), 5_000);
		const run = optimiseInWorker(input(), { spawn: spawnWith(slowLoadThenHang) });
		const stopped = expect(run).rejects.toThrow(new OptimiserError(`The optimiser did not finish within ${OPTIMISE_DEADLINE_MS / 1000} s and was stopped.`));
		// Loading the wasm is not charged to the fit: just short of load + deadline, it is still running.
		await vi.advanceTimersByTimeAsync(5_000 + OPTIMISE_DEADLINE_MS - 1);
		expect(workers[0].terminated).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		await stopped;
		expect(workers[0].terminated).toBe(true);
	});

	it('gives up on a worker that never gets the wasm loaded', async () => {
		const silent = () => {};
		const run = optimiseInWorker(input(), { spawn: spawnWith(silent) });
		const gaveUp = expect(run).rejects.toThrow(new OptimiserError('The optimiser did not start within 60 s and was stopped.'));
		await vi.advanceTimersByTimeAsync(60_000);
		await gaveUp;
		expect(workers[0].terminated).toBe(true);
	});

	it('settles with an OptimiserError when no worker can be created', async () => {
		const noWorkers = () => {
			throw new Error('Workers are not available');
		};
		await expect(optimiseInWorker(input(), { spawn: noWorkers })).rejects.toThrow(new OptimiserError('The optimiser stopped unexpectedly: Workers are not available.'));
	});
});
