// Small statistics for benchmark samples.

export function percentile(samples: readonly number[], p: number): number {
	if (!samples.length) return NaN;
	const sorted = [...samples].sort((a, b) => a - b);
	const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
	return sorted[rank];
}

export const median = (samples: readonly number[]) => percentile(samples, 50);
