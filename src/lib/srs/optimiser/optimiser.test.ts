// Runs the real fsrs-browser wasm in Node: the same fitWeights call the worker makes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitWeights } from './fit';
import { cardHistories, packItems, trainingItems } from './items';
import { evaluateWeights } from './metrics';
import { simulatedLog } from './testing';
import { fsrsForWeights } from './weights';

type FsrsBrowser = typeof import('fsrs-browser');
let wasm: FsrsBrowser;

beforeAll(async () => {
	// The package imports wasm-bindgen-rayon's worker helper, which listens on `self` at load time;
	// Node has no `self`, and the optimiser runs single-threaded without it.
	(globalThis as { self?: unknown }).self ??= new EventTarget();
	wasm = await import('fsrs-browser');
	const path = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
	wasm.initSync({ module: readFileSync(path) });
});

const START = Date.parse('2025-01-06T09:00:00Z');
const rule = { dayStartHour: 4, tzOffsetMinutes: 0 };

describe('the FSRS optimiser on a simulated review log', () => {
	const log = simulatedLog(90, 6, START);
	const items = trainingItems(cardHistories(log, rule));

	it('fits 21 finite weights that ts-fsrs accepts, and both metrics are finite for old and new weights', () => {
		expect(log.length).toBeGreaterThanOrEqual(400);
		const weights = fitWeights(wasm.Fsrs, packItems(items));
		expect(weights).toHaveLength(21);
		expect(weights.every(Number.isFinite)).toBe(true);
		expect(() => fsrsForWeights(weights)).not.toThrow();

		const before = evaluateWeights(items, null);
		const after = evaluateWeights(items, weights);
		for (const metrics of [before, after]) {
			expect(metrics.count).toBeGreaterThan(100);
			expect(Number.isFinite(metrics.logLoss) && metrics.logLoss > 0).toBe(true);
			expect(Number.isFinite(metrics.rmse) && metrics.rmse >= 0 && metrics.rmse < 1).toBe(true);
		}
		// Fitted to this very log, the new weights predict it no worse than a loose margin above the defaults.
		expect(after.logLoss).toBeLessThan(before.logLoss * 1.1);
	});
});

describe('evaluateWeights', () => {
	it('scores only day-level predictions, with log loss and binned RMSE from the forgetting curve', () => {
		// One item: first Good, then recalled 3 days later. One item: same-day repeat (not scored).
		const items = [
			{ ratings: [3, 3], deltaTs: [0, 3] },
			{ ratings: [3, 1], deltaTs: [0, 0] }
		];
		const fsrs = fsrsForWeights(null);
		const p = fsrs.forgetting_curve(3, fsrs.next_state(null, 0, 3).stability);
		const metrics = evaluateWeights(items, null);
		expect(metrics.count).toBe(1);
		expect(metrics.logLoss).toBeCloseTo(-Math.log(p), 10);
		expect(metrics.rmse).toBeCloseTo(1 - p, 10);
	});

	it('returns NaN metrics when nothing can be scored', () => {
		expect(evaluateWeights([{ ratings: [3, 3], deltaTs: [0, 0] }], null).count).toBe(0);
	});
});
