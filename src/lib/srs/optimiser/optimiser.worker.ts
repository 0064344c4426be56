/// <reference lib="webworker" />
// The optimiser worker: fsrs-browser's wasm, served from our own origin and loaded only when the
// user asks for a run. The wasm uses shared memory, which needs the page's cross-origin isolation
// (COOP/COEP); without it instantiation fails and the error is sent back.
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { fitWeights } from './fit';
import type { OptimiseAnswer, OptimiseRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

let ready: ReturnType<typeof init> | null = null;
const post = (answer: OptimiseAnswer) => self.postMessage(answer);

self.onmessage = async (event: MessageEvent<OptimiseRequest>) => {
	try {
		await (ready ??= init({ module_or_path: wasmUrl }));
		const started = performance.now();
		const weights = fitWeights(Fsrs, event.data.input);
		post({ ok: true, weights, ms: performance.now() - started });
	} catch (error) {
		post({ ok: false, message: error instanceof Error ? error.message : String(error) });
	}
};
