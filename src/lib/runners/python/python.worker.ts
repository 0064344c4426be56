/// <reference lib="webworker" />
// The Python worker: loads Pyodide lazily from our own origin (never a CDN), installs the shared
// harness, and answers run/test requests. Runaway code is stopped by the client: through the
// interrupt buffer when the page is cross-origin isolated, else by terminating this worker.

import type { loadPyodide as LoadPyodide, PyodideAPI } from 'pyodide';
import type { LoadProgress, PyConfig, PyRunResult, PyTestResult, Request, Response, WorkerMessage } from '../protocol';
import { PythonHarness } from './harness';
import { meteredFetch, type DownloadProgress } from './download-meter';

declare const self: DedicatedWorkerGlobalScope;
/** File name → bytes of the files Pyodide fetches, defined at build time by vite-plugin-pyodide. */
declare const __PYODIDE_FETCHED_BYTES__: Record<string, number>;
/** Progress messages at most this often while bytes stream in: enough for a smooth bar, few messages. */
const PROGRESS_EVERY_MS = 100;

let config: PyConfig | null = null;
let interrupt: Int32Array | null = null;
let loading: Promise<{ harness: PythonHarness; loadMs: number }> | null = null;

const post = (message: WorkerMessage) => self.postMessage(message);

function progress(stage: LoadProgress['stage'], fraction: number, start: number, download?: DownloadProgress): void {
	post({ kind: 'progress', progress: { stage, fraction, elapsedMs: performance.now() - start, ...(download ? { download } : {}) } });
}

/**
 * Meters what Pyodide fetches until `loading` settles: the download is most of a first load (the
 * rest is compiling and starting the interpreter), so bytes are what the bar shows.
 */
function meterDownloads(indexURL: string, start: number): () => void {
	const plain = self.fetch;
	let lastPost = 0;
	let latest: DownloadProgress | null = null;
	let trailing: ReturnType<typeof setTimeout> | null = null;
	const send = () => {
		// A pending trailing post must not fire later: it would land after 'ready' and bring the bar back.
		if (trailing) clearTimeout(trailing);
		trailing = null;
		if (!latest) return;
		lastPost = performance.now();
		const done = latest.loadedBytes >= latest.totalBytes;
		progress(done ? 'stdlib' : 'runtime', 0.9 * (latest.loadedBytes / latest.totalBytes), start, latest);
	};
	self.fetch = meteredFetch(plain, indexURL, __PYODIDE_FETCHED_BYTES__, (download) => {
		latest = download;
		const wait = PROGRESS_EVERY_MS - (performance.now() - lastPost);
		if (download.loadedBytes >= download.totalBytes || wait <= 0) send();
		// Throttled: the last count still goes out, so a stalled download shows where it stalled.
		else trailing ??= setTimeout(send, wait);
	});
	return () => {
		self.fetch = plain;
		if (trailing) clearTimeout(trailing);
	};
}

async function load(): Promise<{ harness: PythonHarness; loadMs: number }> {
	if (!config) throw new Error('the Python worker got a request before its configuration');
	const { indexURL } = config;
	const start = performance.now();
	progress('runtime', 0, start);
	const unmeter = meterDownloads(indexURL, start);
	let pyodide: PyodideAPI;
	try {
		// Imported at run time from /pyodide/ (emitted by vite-plugin-pyodide), not bundled: Pyodide
		// finds its wasm and stdlib next to the module it was loaded from.
		const { loadPyodide } = (await import(/* @vite-ignore */ `${indexURL}pyodide.mjs`)) as { loadPyodide: typeof LoadPyodide };
		pyodide = await loadPyodide({ indexURL, stdout: () => {}, stderr: () => {} });
	} finally {
		unmeter();
	}
	if (config.interruptBuffer) {
		interrupt = new Int32Array(config.interruptBuffer);
		pyodide.setInterruptBuffer(interrupt);
	}
	const harness = PythonHarness.install(pyodide);
	progress('ready', 1, start);
	return { harness, loadMs: performance.now() - start };
}

self.onmessage = async (event: MessageEvent<Request | PyConfig>) => {
	const message = event.data;
	if (message.type === 'py-config') {
		config = message;
		return;
	}
	try {
		const { harness, loadMs } = await (loading ??= load().catch((error: unknown) => {
			// Not kept: the next run tries again (the connection may be back).
			loading = null;
			throw loadFailure(error);
		}));
		// A stale interrupt (the deadline fired as the previous run finished) must not hit this run.
		if (interrupt) Atomics.store(interrupt, 0, 0);
		post({ kind: 'started', id: message.id });
		post({ kind: 'response', ...answer(harness, loadMs, message) } as WorkerMessage);
	} catch (error) {
		post({ kind: 'response', ...failure(message.id, error) });
	}
};

function answer(harness: PythonHarness, loadMs: number, request: Request): Response {
	switch (request.type) {
		case 'py-warm':
			return { id: request.id, type: request.type, ok: true, result: { loadMs } };
		case 'py-run':
			return { id: request.id, type: request.type, ok: true, result: guard(() => harness.run(request.code, request.outputCap), stoppedRun) };
		case 'py-test':
			return { id: request.id, type: request.type, ok: true, result: guard(() => harness.test(request.code, request.tests, request.outputCap), stoppedTest) };
		default:
			return failure(request.id, new Error(`the Python worker does not handle "${request.type}"`));
	}
}

/**
 * The harness catches KeyboardInterrupt around user code, but an interrupt can land in the
 * harness's own lines between two tests; that is still the user's run being stopped, not a bug.
 */
function guard<T>(run: () => T, stopped: () => T): T {
	try {
		return run();
	} catch (error) {
		if (error instanceof Error && /KeyboardInterrupt/.test(error.message)) return stopped();
		throw error;
	}
}

const quiet = { stdout: '', stderr: '', truncated: false, stopped: true, elapsedMs: 0 };
const stoppedRun = (): PyRunResult => ({ ...quiet, error: null });
const stoppedTest = (): PyTestResult => ({ ...quiet, setupError: null, tests: [], passed: 0, total: 0 });

/**
 * Offline with the runtime not stored yet (a metered connection defers it to the first Python drill,
 * pwa/python-download.ts), the import fails with a bare network error: say what to do instead.
 * (A worker's navigator.onLine is not reliable here: the fetch failing is what tells.)
 */
function loadFailure(error: unknown): Error {
	const e = error instanceof Error ? error : new Error(String(error));
	const unreachable = !self.navigator.onLine || /failed to fetch|networkerror|load failed|importing a module script failed/i.test(e.message);
	if (!unreachable) return e;
	return new Error('Python is not on this device yet, and there is no connection: connect once and it downloads, then Python drills work offline.');
}

function failure(id: number, error: unknown): Response {
	const e = error instanceof Error ? error : new Error(String(error));
	return { id, ok: false, error: { name: e.name, message: e.message } };
}
