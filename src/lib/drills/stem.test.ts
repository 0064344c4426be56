import { describe, expect, it } from 'vitest';
import { stem } from './stem';

const same = (...words: string[]) => new Set(words.map(stem)).size === 1;

describe('stem', () => {
	it('gives the inflections of one word one stem', () => {
		expect(same('index', 'indexes', 'indexed', 'indexing')).toBe(true);
		expect(same('store', 'stores', 'stored', 'storing')).toBe(true);
		expect(same('query', 'queries', 'queried')).toBe(true);
		expect(same('stop', 'stopped', 'stopping', 'stops')).toBe(true);
		expect(same('partition', 'partitions', 'partitioned', 'partitioning')).toBe(true);
		expect(same('live', 'lives', 'lived', 'living')).toBe(true);
		expect(same('batch', 'batches', 'batched')).toBe(true);
		expect(same('succeed', 'succeeded', 'succeeds', 'succeeding')).toBe(true);
		expect(same('need', 'needs', 'needed')).toBe(true);
	});

	it('keeps different words apart', () => {
		expect(same('normal', 'normalise')).toBe(false);
		expect(same('status', 'state')).toBe(false);
		expect(same('this', 'thi')).toBe(false);
		expect(same('need', 'ne')).toBe(false);
		expect(same('class', 'clas')).toBe(false);
	});

	it('leaves short words, numbers and other scripts alone', () => {
		for (const word of ['is', 'id', 'row', '500m', 'запросы', 'ερωτήματα', '查']) expect(stem(word)).toBe(word);
	});
});
