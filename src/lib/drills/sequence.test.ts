import { describe, expect, it } from 'vitest';
import type { SequenceStep } from '$lib/model';
import { checkBudget, checkOrder, shuffleSteps, whatComesAfter } from './index';

const steps: SequenceStep[] = [
	{ name: 'Access pattern analysis', minutes: { min: 3, max: 5 }, goal: '' },
	{ name: 'Read/write ratio assessment', minutes: { min: 2, max: 3 }, goal: '' },
	{ name: 'Normalization decision', minutes: { min: 5, max: 8 }, goal: '' },
	{ name: 'Index and partition strategy', minutes: { min: 3, max: 5 }, goal: '' },
	{ name: 'Evolution plan', minutes: { min: 2, max: 2 }, goal: '' }
];
const names = (list: SequenceStep[]) => list.map((s) => s.name);

describe('shuffleSteps', () => {
	it('is deterministic by seed and never returns the original order', () => {
		expect(shuffleSteps(steps, 'day-1')).toEqual(shuffleSteps(steps, 'day-1'));
		for (let seed = 0; seed < 500; seed++) {
			expect(names(shuffleSteps(steps, seed))).not.toEqual(names(steps));
			expect(shuffleSteps(steps.slice(0, 2), seed).map((s) => s.name)).toEqual([steps[1].name, steps[0].name]);
		}
		expect([...shuffleSteps(steps, 3)].sort((x, y) => x.name.localeCompare(y.name))).toEqual(
			[...steps].sort((x, y) => x.name.localeCompare(y.name))
		);
	});

	it('returns a single step as it is', () => {
		expect(shuffleSteps(steps.slice(0, 1), 1)).toEqual(steps.slice(0, 1));
	});
});

describe('checkOrder', () => {
	it('accepts the right order, forgiving case and punctuation in names', () => {
		const result = checkOrder(steps, ['access pattern analysis', 'Read write ratio assessment', ...names(steps).slice(2)]);
		expect(result).toEqual({ correct: true, positions: [true, true, true, true, true], longestCorrectRun: 5 });
	});

	it('marks each slot and credits the longest chain in the right order', () => {
		const [a, b, c, d, e] = names(steps);
		expect(checkOrder(steps, [b, c, d, a, e])).toEqual({
			correct: false,
			positions: [false, false, false, false, true],
			longestCorrectRun: 3
		});
		expect(checkOrder(steps, [a, b]).correct).toBe(false);
	});
});

describe('whatComesAfter and checkBudget', () => {
	it('names the next step, or nothing after the last', () => {
		expect(whatComesAfter(steps, 'normalization decision')?.name).toBe('Index and partition strategy');
		expect(whatComesAfter(steps, 'Evolution plan')).toBeNull();
		expect(whatComesAfter(steps, 'Nope')).toBeNull();
	});

	it('accepts a number inside the range or the range itself', () => {
		const [access, , , , evolution] = steps;
		expect([3, 4, 5, '4', '3-5', '3–5 min', '3 to 5'].map((given) => checkBudget(access, given))).toEqual(Array(7).fill(true));
		expect([2, 6, '2-5', '3-6', 'soon', ''].map((given) => checkBudget(access, given))).toEqual(Array(6).fill(false));
		expect([checkBudget(evolution, 2), checkBudget(evolution, '2 min'), checkBudget(evolution, '2-2')]).toEqual([true, true, true]);
		expect(checkBudget({ name: 'x', minutes: null, goal: '' }, 3)).toBe(false);
	});
});
