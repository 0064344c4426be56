import { describe, expect, it } from 'vitest';
import { drillSuccessByTopic } from './drill-topics';

describe('drillSuccessByTopic', () => {
	it('rates each topic by its passed checks, weakest first, counting errors as not passed', () => {
		const topics = new Map([
			['joins-1', ['joins']],
			['window-1', ['window functions', 'ranking']],
			['window-2', ['window functions']]
		]);
		const attempts = [
			{ itemId: 'joins-1', verdict: 'pass' as const },
			{ itemId: 'window-1', verdict: 'fail' as const },
			{ itemId: 'window-1', verdict: 'error' as const },
			{ itemId: 'window-1', verdict: 'pass' as const },
			{ itemId: 'window-2', verdict: 'pass' as const },
			{ itemId: 'unknown', verdict: 'fail' as const }
		];
		expect(drillSuccessByTopic(attempts, topics)).toEqual([
			{ topic: 'ranking', attempts: 3, passed: 1, rate: 1 / 3, drills: 1 },
			{ topic: 'window functions', attempts: 4, passed: 2, rate: 0.5, drills: 2 },
			{ topic: 'joins', attempts: 1, passed: 1, rate: 1, drills: 1 }
		]);
	});

	it('is empty without attempts', () => {
		expect(drillSuccessByTopic([], new Map())).toEqual([]);
	});
});
