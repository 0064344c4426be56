// When deferred work runs: after the frame being prepared has been painted, or once the browser is
// idle. A first visit's background work (the rest of the bank, the offline download, a runtime, the
// editor) waits for one of these so it never delays what the user came to see.

/** Runs `work` once the frame being prepared has been painted (at once where nothing paints). */
export function afterPaint(work: () => void): void {
	if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work, 0));
	else setTimeout(work, 0);
}

/** Settles once the frame being prepared has been painted. */
export const painted = (): Promise<void> => new Promise((resolve) => afterPaint(resolve));

/** Runs `work` once the browser is idle, and after `timeout` ms at the latest. */
export function whenIdle(work: () => void, timeout = 2_000): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout });
	else setTimeout(work, Math.min(timeout, 200));
}
