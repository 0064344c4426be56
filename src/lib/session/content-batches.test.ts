import { describe, expect, it } from 'vitest';
import { batchReader, itemsInBatches, writeBatches } from './content-batches';

describe('writeBatches', () => {
	it('keeps the first slice whole and cuts the others into batches', () => {
		expect(writeBatches([40, 25, 10], 10)).toEqual([
			{ slice: 0, start: 0, end: 40 },
			{ slice: 1, start: 0, end: 10 },
			{ slice: 1, start: 10, end: 20 },
			{ slice: 1, start: 20, end: 25 },
			{ slice: 2, start: 0, end: 10 }
		]);
	});

	it('covers every item exactly once, so the progress count ends at the total', () => {
		const sizes = [40, 60, 60, 7];
		const batches = writeBatches(sizes, 10);
		expect(itemsInBatches(batches, batches.length)).toBe(167);
		expect(itemsInBatches(batches, 1)).toBe(40);
		expect(itemsInBatches(batches, 3)).toBe(60);
	});

	it('cuts the same batches every time, so a reload resumes where it stopped', () => {
		expect(writeBatches([40, 60, 33])).toEqual(writeBatches([40, 60, 33]));
	});
});

describe('batchReader', () => {
	const slices = [['a', 'b', 'c'], ['d', 'e', 'f', 'g'], ['h']];

	it('reads each batch from its slice, fetching a slice once', async () => {
		const asked: number[] = [];
		const read = batchReader(writeBatches([3, 4, 1], 2), async (slice) => (asked.push(slice), slices[slice]));
		const out: string[][] = [];
		for (let index = 0; index < 4; index++) out.push(await read(index));
		expect(out).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f', 'g'], ['h']]);
		expect(asked).toEqual([0, 1, 2]);
	});

	it('fetches the first slice alone, and the next slice ahead only after it', async () => {
		const asked: number[] = [];
		const read = batchReader(writeBatches([3, 4, 1], 2), async (slice) => (asked.push(slice), slices[slice]));
		await read(0);
		expect(asked).toEqual([0]);
		await read(1);
		expect(asked).toEqual([0, 1, 2]);
	});

	it('throws a failed prefetch when its own batch is read', async () => {
		const read = batchReader(writeBatches([3, 4, 1], 2), async (slice) => {
			if (slice === 2) throw new Error('offline');
			return slices[slice];
		});
		await read(0);
		await read(1);
		await expect(read(3)).rejects.toThrow('offline');
	});
});
