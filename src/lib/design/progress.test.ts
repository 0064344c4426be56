import { describe, expect, it } from 'vitest';
import { byStakeholder, scenarioProgress } from './progress';
import { changedRows } from './result-diff';

describe('scenarioProgress', () => {
	const item = {
		sections: [{ id: 'a', title: 'A', html: '' }, { id: 'b', title: 'B', html: '' }],
		queries: [{ id: 'q1' }, { id: 'q2' }] as never[],
		cards: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }] as never[]
	};

	it('counts only sections and queries the scenario still has', () => {
		expect(scenarioProgress(item, { sectionsRead: ['a', 'gone'], queriesRun: ['q2', 'q2'] }, 1)).toEqual({
			sectionsRead: 1,
			sections: 2,
			queriesRun: 1,
			queries: 2,
			cardsLearned: 1,
			cards: 3
		});
	});
});

describe('byStakeholder', () => {
	it('groups queries in order of first appearance, keeping the authored order inside a group', () => {
		const groups = byStakeholder([
			{ id: 1, stakeholder: 'Finance' },
			{ id: 2, stakeholder: 'Risk' },
			{ id: 3, stakeholder: 'Finance' }
		]);
		expect(groups.map((g) => [g.stakeholder, g.queries.map((q) => q.id)])).toEqual([
			['Finance', [1, 3]],
			['Risk', [2]]
		]);
	});
});

describe('changedRows', () => {
	it('marks rows that are new or changed, and the extra copy of a duplicated row', () => {
		const before = [[7, 57.21], [9, 0]];
		expect(changedRows(before, [[7, 115.17], [9, 0]])).toEqual([true, false]);
		expect(changedRows(before, [[7, 57.21], [7, 57.21], [9, 0]])).toEqual([false, true, false]);
		expect(changedRows(before, before)).toEqual([false, false]);
	});
});
