// Generic client for a runner worker: ids, deadlines, stop-and-restart. Every promise it hands out
// settles: with the worker's answer, a StoppedError (deadline), a WorkerCrashedError (the worker
// died), or a RunnerError (the worker reported that it is itself broken).

import type { CallType, Calls, LoadProgress, Request, WorkerMessage } from './protocol';

/** The part of `Worker` we use; tests pass a fake. */
export interface WorkerLike {
	postMessage(message: unknown, transfer?: Transferable[]): void;
	terminate(): void;
	onmessage: ((event: MessageEvent) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	onmessageerror: ((event: MessageEvent) => void) | null;
}

/** Formats a duration the way the UI says it: 3000 → "3 s", 2500 → "2.5 s". */
export function formatSeconds(ms: number): string {
	return `${Math.round(ms / 100) / 10} s`;
}

/** The user's code ran past its deadline (or never got to start) and was stopped. */
export class StoppedError extends Error {
	override name = 'StoppedError';
	constructor(
		/** `deadline`: user code ran too long; `setup`: the runtime did not start in time; `disposed`: the client was shut down. */
		readonly reason: 'deadline' | 'setup' | 'disposed',
		readonly afterMs: number,
		runner: string
	) {
		super(
			reason === 'deadline'
				? `Stopped after ${formatSeconds(afterMs)}`
				: reason === 'setup'
					? `The ${runner} runner did not start within ${formatSeconds(afterMs)}`
					: `The ${runner} runner was shut down`
		);
	}
}

/** The worker died (uncaught error, failed to load its script, out of memory) or could not be created. */
export class WorkerCrashedError extends Error {
	override name = 'WorkerCrashedError';
	constructor(
		message: string,
		/** `spawn`: the worker could not be created; `crashed`: it threw or its script did not load; `unreadable`: it sent a message that could not be read. */
		readonly reason: 'spawn' | 'crashed' | 'unreadable',
		/** What the browser said went wrong, for a caller that words its own message; null when it said nothing (typically: the script did not load). */
		readonly detail: string | null
	) {
		super(message);
	}
}

/** The worker answered `ok: false`: the runner itself is broken, not the user's code. */
export class RunnerError extends Error {
	override name = 'RunnerError';
	constructor(
		message: string,
		/** The worker's own words, for a caller that words its own message. */
		readonly detail: string
	) {
		super(message);
	}
}

export interface WorkerClientOptions {
	/** "SQL" or "Python", for messages. */
	runner: string;
	/** Creates a fresh worker (and sends it any configuration it needs first). */
	spawn: () => WorkerLike;
	/**
	 * Asks the running code to stop without killing the worker (Pyodide's interrupt buffer).
	 * Returns false when there is no such path; the worker is then terminated straight away.
	 */
	interrupt?: () => boolean;
	/** How long an interrupted request may take to answer before the worker is terminated anyway. */
	interruptGraceMs?: number;
	/** Limit on the time before user code starts (loading the runtime); generous, only so nothing hangs forever. */
	setupTimeoutMs?: number;
	/**
	 * Terminates the worker after this long with nothing to do, to give its memory back (a phone
	 * should not hold PostgreSQL, Pyodide and sql.js at once). The next call starts a fresh one.
	 */
	idleMs?: number;
	onProgress?: (progress: LoadProgress) => void;
}

interface Pending {
	id: number;
	request: Request;
	transfer: Transferable[];
	deadlineMs: number;
	resolve: (value: never) => void;
	reject: (reason: Error) => void;
	timer: ReturnType<typeof setTimeout> | null;
}

export class WorkerClient {
	#options: Required<Omit<WorkerClientOptions, 'interrupt' | 'onProgress' | 'idleMs'>> & WorkerClientOptions;
	#worker: WorkerLike | null = null;
	#nextId = 1;
	/** One request runs at a time, so stopping a runaway one never takes a queued one with it. */
	#inFlight: Pending | null = null;
	#queue: Pending[] = [];
	#idleTimer: ReturnType<typeof setTimeout> | null = null;

	constructor(options: WorkerClientOptions) {
		this.#options = { interruptGraceMs: 100, setupTimeoutMs: 60_000, ...options };
	}

	/** True while a worker is alive (loaded or loading). */
	get hasWorker(): boolean {
		return this.#worker !== null;
	}

	/**
	 * Sends one request. `deadlineMs` counts from the moment the worker starts the user's code,
	 * not from the call, so queueing and the first load of a runtime are not charged to it.
	 */
	call<K extends CallType>(
		type: K,
		body: Calls[K]['req'],
		{ deadlineMs, transfer = [] }: { deadlineMs: number; /** Buffers moved to the worker rather than copied; the caller's copies become empty. */ transfer?: Transferable[] }
	): Promise<Calls[K]['res']> {
		const start = performance.now();
		const settled = new Promise<Calls[K]['res']>((resolve, reject) => {
			const id = this.#nextId++;
			const request = { ...body, id, type } as Request;
			this.#queue.push({ id, request, transfer, deadlineMs, resolve, reject, timer: null });
			this.#pump();
		});
		// One performance measure per call, whatever its outcome ("rehearse:SQL:sql-run"): the
		// benchmark reads runner timings from these, as the user experienced them.
		const measure = () => performance.measure?.(`rehearse:${this.#options.runner}:${type}`, { start, end: performance.now() });
		settled.then(measure, measure);
		return settled;
	}

	/** Stops the worker and rejects everything pending. A later call starts a fresh worker. */
	dispose(): void {
		const all = [...(this.#inFlight ? [this.#inFlight] : []), ...this.#queue.splice(0)];
		this.#inFlight = null;
		this.#kill();
		for (const p of all) {
			this.#clearTimer(p);
			p.reject(new StoppedError('disposed', 0, this.#options.runner));
		}
	}

	#pump(): void {
		if (this.#inFlight) return;
		if (this.#queue.length === 0) {
			this.#armIdleTimer();
			return;
		}
		this.#clearIdleTimer();
		const next = this.#queue.shift()!;
		let worker: WorkerLike;
		try {
			worker = this.#ensureWorker();
		} catch (error) {
			next.reject(new WorkerCrashedError(`The ${this.#options.runner} runner could not start: ${describe(error)}`, 'spawn', detailOf(error)));
			this.#pump();
			return;
		}
		this.#inFlight = next;
		next.timer = setTimeout(() => this.#stop(next, 'setup'), this.#options.setupTimeoutMs);
		worker.postMessage(next.request, next.transfer);
	}

	#ensureWorker(): WorkerLike {
		if (this.#worker) return this.#worker;
		const worker = this.#options.spawn();
		worker.onmessage = (event) => this.#onMessage(worker, event.data as WorkerMessage);
		worker.onerror = (event) => {
			// Without preventDefault the error is also reported as uncaught on the page.
			event.preventDefault?.();
			this.#crash(worker, new WorkerCrashedError(`The ${this.#options.runner} runner crashed: ${describe(event)}`, 'crashed', detailOf(event)));
		};
		worker.onmessageerror = () =>
			this.#crash(worker, new WorkerCrashedError(`The ${this.#options.runner} runner sent an unreadable message`, 'unreadable', null));
		this.#worker = worker;
		return worker;
	}

	#onMessage(worker: WorkerLike, message: WorkerMessage): void {
		if (worker !== this.#worker) return; // a late message from a worker we already replaced
		if (message.kind === 'progress') {
			this.#options.onProgress?.(message.progress);
			return;
		}
		const p = this.#inFlight;
		if (!p || message.id !== p.id) return;
		if (message.kind === 'started') {
			this.#clearTimer(p);
			p.timer = setTimeout(() => this.#onDeadline(p), p.deadlineMs);
			return;
		}
		this.#clearTimer(p);
		this.#inFlight = null;
		if (message.ok) {
			p.resolve(message.result as never);
		} else {
			// The worker says it is broken (e.g. the runtime failed to load): start clean next time.
			this.#kill();
			p.reject(new RunnerError(`${this.#options.runner} runner: ${message.error.message}`, message.error.message));
		}
		this.#pump();
	}

	#onDeadline(p: Pending): void {
		if (this.#inFlight !== p) return;
		if (this.#options.interrupt?.()) {
			// The worker answers on its own (the runner reports the interruption as data); if it
			// does not within the grace period, the code is not reaching an interrupt check.
			p.timer = setTimeout(() => this.#stop(p, 'deadline'), this.#options.interruptGraceMs);
			return;
		}
		this.#stop(p, 'deadline');
	}

	#stop(p: Pending, reason: 'deadline' | 'setup'): void {
		if (this.#inFlight !== p) return;
		this.#inFlight = null;
		this.#clearTimer(p);
		this.#kill();
		p.reject(new StoppedError(reason, reason === 'deadline' ? p.deadlineMs : this.#options.setupTimeoutMs, this.#options.runner));
		this.#pump();
	}

	#crash(worker: WorkerLike, error: WorkerCrashedError): void {
		if (worker !== this.#worker) return;
		const p = this.#inFlight;
		this.#inFlight = null;
		this.#kill();
		if (p) {
			this.#clearTimer(p);
			p.reject(error);
		}
		this.#pump();
	}

	#armIdleTimer(): void {
		const { idleMs } = this.#options;
		if (idleMs === undefined || !this.#worker) return;
		this.#clearIdleTimer();
		this.#idleTimer = setTimeout(() => {
			this.#idleTimer = null;
			if (!this.#inFlight && this.#queue.length === 0) this.#kill();
		}, idleMs);
	}

	#clearIdleTimer(): void {
		if (this.#idleTimer !== null) clearTimeout(this.#idleTimer);
		this.#idleTimer = null;
	}

	#kill(): void {
		this.#clearIdleTimer();
		const worker = this.#worker;
		this.#worker = null;
		if (!worker) return;
		worker.onmessage = worker.onerror = worker.onmessageerror = null;
		worker.terminate();
	}

	#clearTimer(p: Pending): void {
		if (p.timer !== null) clearTimeout(p.timer);
		p.timer = null;
	}
}

function detailOf(error: unknown): string | null {
	if (error instanceof Error) return error.message;
	if (typeof error === 'object' && error !== null && 'message' in error && error.message) return String(error.message);
	return null;
}

function describe(error: unknown): string {
	return detailOf(error) ?? 'unknown error';
}
