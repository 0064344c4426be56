/// <reference lib="webworker" />
// The optimiser worker: fsrs-browser's wasm, served from our own origin and loaded only when the
// user asks for a run. It speaks the runners' message contract ('started' once the wasm is up, then
// one response), so the same WorkerClient gives it an id, a deadline and a clean stop. The wasm
// uses shared memory, which needs the page's cross-origin isolation (COOP/COEP); without it
// instantiation fails and the failure is sent back.
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
// By path: the fitting code alone, not srs/index.ts and the scheduler it would bring into this worker.
import { fitWeights } from '../../srs/optimiser/fit';
import type { Request, WorkerMessage } from '../protocol';

declare const self: DedicatedWorkerGlobalScope;

let ready: ReturnType<typeof init> | null = null;
const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<Request>) => {
	const request = event.data;
	try {
		if (request.type !== 'fsrs-optimise') throw new Error(`the optimiser worker does not handle "${request.type}"`);
		await (ready ??= init({ module_or_path: wasmUrl }));
		// The deadline counts from here: loading the wasm is the client's setup limit, not the fit's.
		post({ kind: 'started', id: request.id });
		const started = performance.now();
		const weights = fitWeights(Fsrs, request.input);
		post({ kind: 'response', id: request.id, type: request.type, ok: true, result: { weights, ms: performance.now() - started } });
	} catch (error) {
		post({ kind: 'response', id: request.id, ok: false, error: { name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) } });
	}
};
