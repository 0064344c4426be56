import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/lib/content/load.ts';
import { countPatterns, formatPatterns, PATTERNS } from './content-patterns.ts';

describe('interview patterns in the bank', async () => {
	const counts = countPatterns(await loadContent('content'));

	it.each(counts.map(({ pattern, ids }) => [pattern.name, ids, pattern.atLeast] as const))('%s has enough drills', (_name, ids, atLeast) => {
		expect(ids.length).toBeGreaterThanOrEqual(atLeast);
	});

	it('marks a pattern that falls short', () => {
		const short = formatPatterns([{ pattern: PATTERNS[0], ids: ['one'] }]);
		expect(short).toMatch(/median and percentiles\s+sql\s+1\s+5 {2}← short/);
		expect(formatPatterns([{ pattern: PATTERNS[0], ids: ['a', 'b', 'c', 'd', 'e'] }])).not.toContain('short');
	});

	it('reads topics whatever their case', () => {
		const item = { id: 'x', kind: 'python', topics: ['LRU Cache'] };
		const [lru] = countPatterns({ items: [item] } as never).filter(({ pattern }) => pattern.name === 'an LRU cache');
		expect(lru.ids).toEqual(['x']);
	});
});
