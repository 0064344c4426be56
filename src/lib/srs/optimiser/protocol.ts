// Messages between the app and the optimiser worker: one request, one answer, then the worker is
// terminated (a run holds tens of megabytes of wasm memory that nothing else needs).
import type { OptimiserInput } from './items';

export interface OptimiseRequest {
	input: OptimiserInput;
}

export type OptimiseAnswer = { ok: true; weights: number[]; ms: number } | { ok: false; message: string };
