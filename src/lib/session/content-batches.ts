// How a first visit writes the bank: the slices it downloads are cut into small write batches, each
// its own transaction with a pause for the page between them. A write clones its rows on the main
// thread, so a whole slice of 60 items in one transaction was a 130 ms task on a phone-speed CPU,
// landing just after the first screen drew (Lighthouse counted it as blocking time).

/** Items per write batch after the first slice. */
export const WRITE_BATCH = 10;

/** One write batch: items `start` to `end` (exclusive) of downloaded slice `slice`. */
export interface WriteBatch {
	slice: number;
	start: number;
	end: number;
}

/**
 * The write batches for slices of these sizes: the first slice whole (Today draws from it, so it
 * lands in one go before the first screen), every other one `batch` items at a time. Depends on
 * the sizes alone, so a reload cuts the same batches and resumes after the last one written.
 */
export function writeBatches(sliceSizes: readonly number[], batch = WRITE_BATCH): WriteBatch[] {
	const batches: WriteBatch[] = [];
	sliceSizes.forEach((size, slice) => {
		const step = slice === 0 ? Math.max(size, 1) : batch;
		for (let start = 0; start < size; start += step) batches.push({ slice, start, end: Math.min(start + step, size) });
	});
	return batches;
}

/** Items stored once the first `done` batches are written. */
export const itemsInBatches = (batches: readonly WriteBatch[], done: number): number =>
	batches.slice(0, done).reduce((sum, { start, end }) => sum + end - start, 0);

/**
 * Reads batch `index` from its slice, fetching each slice once and, after the first, the next one
 * while this one's batches are written, so the download does not wait on the writes. The first
 * slice is fetched alone: the rest waits until the first screen has drawn (app.svelte.ts).
 */
export function batchReader<T>(batches: readonly WriteBatch[], fetchSlice: (slice: number) => Promise<T[]>): (index: number) => Promise<T[]> {
	const fetched = new Map<number, Promise<T[]>>();
	const slice = (index: number) => {
		let pending = fetched.get(index);
		if (!pending) fetched.set(index, (pending = fetchSlice(index)));
		return pending;
	};
	const lastSlice = batches.length ? batches[batches.length - 1].slice : -1;
	return async (index) => {
		const { slice: current, start, end } = batches[index];
		for (const done of fetched.keys()) if (done < current) fetched.delete(done);
		const items = await slice(current);
		// A failed prefetch is not lost: it is thrown when its own batches are read.
		if (current > 0 && current < lastSlice) void slice(current + 1).catch(() => {});
		return items.slice(start, end);
	};
}
