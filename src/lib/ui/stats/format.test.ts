import { describe, expect, it } from 'vitest';
import { duration, percent, plural } from './format';

describe('stats wording', () => {
	it('pluralises, rounds percentages and writes durations', () => {
		expect(plural(1, 'card')).toBe('1 card');
		expect(plural(12_000, 'review')).toBe('12,000 reviews');
		expect(plural(2, 'day', 'days')).toBe('2 days');
		expect(percent(0.8734)).toBe('87%');
		expect(duration(0.4)).toBe('0 min');
		expect(duration(45)).toBe('45 min');
		expect(duration(125)).toBe('2 h 5 min');
		expect(duration(120)).toBe('2 h');
	});
});
