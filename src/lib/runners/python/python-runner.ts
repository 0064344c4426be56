// The app's front door to Python. Exceptions, failing tests and code stopped at its deadline all
// come back as data; only a broken runtime (Pyodide failed to load) rejects.

import type { LoadProgress, PyConfig, PyError, PyRunResult, PyTestResult } from '../protocol';
import { StoppedError, WorkerClient, formatSeconds } from '../worker-client';
import { DEFAULT_OUTPUT_CAP } from './harness';

export const PY_RUN_DEADLINE_MS = 5_000;
/** Pyodide holds ~60 MB; an idle one is stopped and reloads (from the cache) on the next run. */
export const PY_IDLE_MS = 5 * 60_000;
/** Where vite-plugin-pyodide serves Pyodide; override for an app under a base path. */
export const DEFAULT_INDEX_URL = '/pyodide/';

export interface RunPythonOptions {
	deadlineMs?: number;
	outputCap?: number;
}

let client: WorkerClient | null = null;
const indexURL = DEFAULT_INDEX_URL;
/** Shared with the current worker; writing 2 raises KeyboardInterrupt in the running code. */
let interruptView: Int32Array | null = null;
const progressListeners = new Set<(progress: LoadProgress) => void>();
/** The latest progress of a load under way (null when none is): a screen opened mid-load starts from it. */
let lastProgress: LoadProgress | null = null;

/** True while Pyodide's worker is alive (loaded or loading). */
export const isPythonRunning = (): boolean => client?.hasWorker ?? false;

/** True when the page is cross-origin isolated, so runaway code can be interrupted without a reload of Pyodide. */
export const canInterrupt = (): boolean => typeof SharedArrayBuffer !== 'undefined' && globalThis.crossOriginIsolated === true;

/** Follows the first (slow) load of Pyodide, for a progress indicator. Returns an unsubscribe function. */
export function onPythonProgress(listener: (progress: LoadProgress) => void): () => void {
	progressListeners.add(listener);
	if (lastProgress) listener(lastProgress);
	return () => progressListeners.delete(listener);
}

function spawn(): Worker {
	const worker = new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module', name: 'python-runner' });
	const buffer = canInterrupt() ? new SharedArrayBuffer(4) : null;
	interruptView = buffer ? new Int32Array(buffer) : null;
	worker.postMessage({ type: 'py-config', indexURL, interruptBuffer: buffer } satisfies PyConfig);
	return worker;
}

function getClient(): WorkerClient {
	return (client ??= new WorkerClient({
		runner: 'Python',
		spawn,
		idleMs: PY_IDLE_MS,
		interrupt: () => {
			if (!interruptView) return false;
			Atomics.store(interruptView, 0, 2); // 2 = SIGINT
			return true;
		},
		onProgress: (progress) => {
			lastProgress = progress.stage === 'ready' ? null : progress;
			progressListeners.forEach((listener) => listener(progress));
		}
	}));
}

/** Starts loading Pyodide without running anything (prewarm when a Python drill is coming up). */
export async function warmPython(): Promise<{ loadMs: number }> {
	return getClient().call('py-warm', {}, { deadlineMs: PY_RUN_DEADLINE_MS });
}

/** Runs code as a script. Example: `const r = await runPython("print(1 + 1)")` → `r.stdout === "2\n"`. */
export async function runPython(code: string, options: RunPythonOptions = {}): Promise<PyRunResult> {
	const { deadlineMs = PY_RUN_DEADLINE_MS, outputCap = DEFAULT_OUTPUT_CAP } = options;
	try {
		const result = await getClient().call('py-run', { code, outputCap }, { deadlineMs });
		return result.stopped ? { ...result, error: stoppedError(deadlineMs) } : result;
	} catch (error) {
		if (!isDeadline(error)) throw error;
		return { stdout: '', stderr: '', truncated: false, stopped: true, error: stoppedError(deadlineMs), elapsedMs: deadlineMs };
	}
}

/** Runs the user's code, then the drill's `test_*` functions; one entry per test in `tests`. */
export async function testPython(code: string, tests: string, options: RunPythonOptions = {}): Promise<PyTestResult> {
	const { deadlineMs = PY_RUN_DEADLINE_MS, outputCap = DEFAULT_OUTPUT_CAP } = options;
	try {
		const result = await getClient().call('py-test', { code, tests, outputCap }, { deadlineMs });
		// Interrupted while the tests ran: the stopped test already says so. Interrupted before: say it here.
		return result.stopped && result.tests.length === 0 ? { ...result, setupError: { ...stoppedError(deadlineMs), phase: 'solution' } } : result;
	} catch (error) {
		if (!isDeadline(error)) throw error;
		return {
			stdout: '', stderr: '', truncated: false, stopped: true, tests: [], passed: 0, total: 0, elapsedMs: deadlineMs,
			setupError: { ...stoppedError(deadlineMs), phase: 'solution' }
		};
	}
}

/**
 * A deadline that reached the client as an error means the worker was terminated (no interrupt
 * path, or the code ignored it): start loading the replacement now, not on the next run.
 */
function isDeadline(error: unknown): error is StoppedError {
	const stopped = error instanceof StoppedError && error.reason === 'deadline';
	if (stopped) warmPython().catch((failure: unknown) => console.warn('Python runner: reloading after a stop failed', failure));
	return stopped;
}

function stoppedError(deadlineMs: number): PyError {
	return {
		type: 'Stopped',
		message: `Stopped after ${formatSeconds(deadlineMs)}: the code ran too long (an endless loop, or too much work?)`,
		line: null,
		source: null
	};
}
