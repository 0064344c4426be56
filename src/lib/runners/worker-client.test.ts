import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Request, WorkerMessage } from './protocol';
import { RunnerError, StoppedError, WorkerClient, WorkerCrashedError, type WorkerLike } from './worker-client';

/** A fake worker whose behaviour per request the test decides. */
class FakeWorker implements WorkerLike {
	static all: FakeWorker[] = [];
	onmessage: WorkerLike['onmessage'] = null;
	onerror: WorkerLike['onerror'] = null;
	onmessageerror: WorkerLike['onmessageerror'] = null;
	terminated = false;
	constructor(private behave: (worker: FakeWorker, request: Request) => void) {
		FakeWorker.all.push(this);
	}
	postMessage(message: unknown) {
		queueMicrotask(() => this.behave(this, message as Request));
	}
	terminate() {
		this.terminated = true;
	}
	send(message: WorkerMessage) {
		if (!this.terminated) this.onmessage?.({ data: message } as MessageEvent);
	}
}

const answer = (worker: FakeWorker, request: Request) => {
	worker.send({ kind: 'started', id: request.id });
	worker.send({ kind: 'response', id: request.id, type: 'py-warm', ok: true, result: { loadMs: 1 } });
};
const hang = (worker: FakeWorker, request: Request) => worker.send({ kind: 'started', id: request.id });
const load = (body: Record<string, never> = {}) => body;

// Deadlines, grace periods and slow loads run on a fake clock: no test waits for real time.
beforeEach(() => {
	vi.useFakeTimers();
});

afterEach(() => {
	vi.useRealTimers();
	FakeWorker.all = [];
});

describe('WorkerClient', () => {
	it('resolves with the worker’s answer', async () => {
		const client = new WorkerClient({ runner: 'Test', spawn: () => new FakeWorker(answer) });
		await expect(client.call('py-warm', load(), { deadlineMs: 100 })).resolves.toEqual({ loadMs: 1 });
	});

	it('stops a runaway request at its deadline, then serves the next one from a fresh worker', async () => {
		let first = true;
		const client = new WorkerClient({
			runner: 'Test',
			spawn: () => {
				const behave = first ? hang : answer;
				first = false;
				return new FakeWorker(behave);
			}
		});
		const runaway = client.call('py-warm', load(), { deadlineMs: 30 });
		const next = client.call('py-warm', load(), { deadlineMs: 30 });
		const stopped = expect(runaway).rejects.toThrow(new StoppedError('deadline', 30, 'Test'));
		await vi.advanceTimersByTimeAsync(30);
		await stopped;
		await expect(runaway).rejects.toThrow('Stopped after 0 s');
		await expect(next).resolves.toEqual({ loadMs: 1 });
		expect(FakeWorker.all.map((w) => w.terminated)).toEqual([true, false]);
	});

	it('does not count the time before the worker starts the code against the deadline', async () => {
		const slowLoad = (worker: FakeWorker, request: Request) => setTimeout(() => answer(worker, request), 60);
		const client = new WorkerClient({ runner: 'Test', spawn: () => new FakeWorker(slowLoad) });
		const answered = expect(client.call('py-warm', load(), { deadlineMs: 20 })).resolves.toEqual({ loadMs: 1 });
		await vi.advanceTimersByTimeAsync(60);
		await answered;
	});

	it('tries the interrupt first and keeps the worker when it answers within the grace period', async () => {
		let worker!: FakeWorker;
		const client = new WorkerClient({
			runner: 'Test',
			spawn: () => (worker = new FakeWorker(hang)),
			interrupt: () => {
				setTimeout(() => worker.send({ kind: 'response', id: 1, type: 'py-warm', ok: true, result: { loadMs: 2 } }), 5);
				return true;
			}
		});
		const answered = expect(client.call('py-warm', load(), { deadlineMs: 20 })).resolves.toEqual({ loadMs: 2 });
		await vi.advanceTimersByTimeAsync(25);
		await answered;
		expect(worker.terminated).toBe(false);
	});

	it('terminates anyway when the interrupt gets no answer', async () => {
		const client = new WorkerClient({ runner: 'Test', spawn: () => new FakeWorker(hang), interrupt: () => true, interruptGraceMs: 10 });
		const stopped = expect(client.call('py-warm', load(), { deadlineMs: 10 })).rejects.toBeInstanceOf(StoppedError);
		await vi.advanceTimersByTimeAsync(20);
		await stopped;
		expect(FakeWorker.all[0].terminated).toBe(true);
	});

	it('rejects the pending request when the worker dies, and restarts it for the next', async () => {
		let first = true;
		const crash = (worker: FakeWorker) => worker.onerror?.({ message: 'boom' } as ErrorEvent);
		const client = new WorkerClient({
			runner: 'Test',
			spawn: () => {
				const behave = first ? crash : answer;
				first = false;
				return new FakeWorker(behave);
			}
		});
		const crashed = client.call('py-warm', load(), { deadlineMs: 100 });
		await expect(crashed).rejects.toThrow(new WorkerCrashedError('The Test runner crashed: boom', 'crashed', 'boom'));
		await expect(crashed).rejects.toMatchObject({ reason: 'crashed', detail: 'boom' });
		await expect(client.call('py-warm', load(), { deadlineMs: 100 })).resolves.toEqual({ loadMs: 1 });
	});

	it('rejects with a RunnerError when the worker reports itself broken', async () => {
		const broken = (worker: FakeWorker, request: Request) => worker.send({ kind: 'response', id: request.id, ok: false, error: { name: 'Error', message: 'wasm missing' } });
		const client = new WorkerClient({ runner: 'Test', spawn: () => new FakeWorker(broken) });
		const broke = client.call('py-warm', load(), { deadlineMs: 100 });
		await expect(broke).rejects.toThrow(new RunnerError('Test runner: wasm missing', 'wasm missing'));
		await expect(broke).rejects.toMatchObject({ detail: 'wasm missing' });
		expect(FakeWorker.all[0].terminated).toBe(true);
	});

	it('gives up on a worker that never starts the code', async () => {
		const silent = () => {};
		const client = new WorkerClient({ runner: 'Test', spawn: () => new FakeWorker(silent), setupTimeoutMs: 20 });
		const gaveUp = expect(client.call('py-warm', load(), { deadlineMs: 100 })).rejects.toThrow('did not start within');
		await vi.advanceTimersByTimeAsync(20);
		await gaveUp;
	});

	it('rejects a request whose worker cannot even be created', async () => {
		const client = new WorkerClient({ runner: 'Test', spawn: () => { throw new Error('no workers here'); } });
		await expect(client.call('py-warm', load(), { deadlineMs: 100 })).rejects.toThrow('could not start: no workers here');
	});

	it('rejects everything pending when disposed', async () => {
		const client = new WorkerClient({ runner: 'Test', spawn: () => new FakeWorker(hang) });
		const calls = [client.call('py-warm', load(), { deadlineMs: 1000 }), client.call('py-warm', load(), { deadlineMs: 1000 })];
		client.dispose();
		for (const call of calls) await expect(call).rejects.toMatchObject({ reason: 'disposed' });
	});
});

describe('WorkerClient idle stop', () => {
	it('terminates a worker left idle for idleMs, and starts a fresh one for the next call', async () => {
		const client = new WorkerClient({ runner: 'Test', spawn: () => new FakeWorker(answer), idleMs: 60_000 });
		await client.call('py-warm', load(), { deadlineMs: 100 });
		await vi.advanceTimersByTimeAsync(59_999);
		expect(client.hasWorker).toBe(true);
		await vi.advanceTimersByTimeAsync(1);
		expect(client.hasWorker).toBe(false);
		expect(FakeWorker.all[0].terminated).toBe(true);
		await expect(client.call('py-warm', load(), { deadlineMs: 100 })).resolves.toEqual({ loadMs: 1 });
		expect(FakeWorker.all).toHaveLength(2);
	});

	it('counts idle time from the last answer, not the first call', async () => {
		const client = new WorkerClient({ runner: 'Test', spawn: () => new FakeWorker(answer), idleMs: 60_000 });
		await client.call('py-warm', load(), { deadlineMs: 100 });
		await vi.advanceTimersByTimeAsync(50_000);
		await client.call('py-warm', load(), { deadlineMs: 100 });
		await vi.advanceTimersByTimeAsync(50_000);
		expect(client.hasWorker).toBe(true);
		expect(FakeWorker.all).toHaveLength(1);
	});

	it('never stops a worker while a request is running', async () => {
		const client = new WorkerClient({ runner: 'Test', spawn: () => new FakeWorker(hang), idleMs: 10 });
		const running = client.call('py-warm', load(), { deadlineMs: 1_000 });
		await vi.advanceTimersByTimeAsync(500);
		expect(client.hasWorker).toBe(true);
		await vi.advanceTimersByTimeAsync(600);
		await expect(running).rejects.toThrow(StoppedError);
	});
});
