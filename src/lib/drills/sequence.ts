// Sequence drills: put shuffled steps back in order, say what comes next, recall a step's time budget.
import type { SequenceStep } from '$lib/model';
import { seededRandom, shuffled, type Seed } from './random';
import { normalizeWords } from './text-normalize';

const TRIES = 8;

/**
 * The steps in a seeded order that is never the original one (when there are 2+ steps): an
 * unshuffled puzzle would be solved by pressing Check.
 */
export function shuffleSteps<T>(steps: readonly T[], seed: Seed): T[] {
	if (steps.length < 2) return steps.slice();
	const random = seededRandom(seed);
	const indices = steps.map((_, i) => i);
	for (let attempt = 0; attempt < TRIES; attempt++) {
		const order = shuffled(indices, random);
		if (order.some((index, position) => index !== position)) return order.map((i) => steps[i]);
	}
	// Only reachable for tiny sequences with an unlucky seed: rotating by one always differs.
	return [...steps.slice(1), steps[0]];
}

/** Step names compare like answers: case, punctuation and spacing forgiven ("Read/write" ≡ "read write"). */
function sameName(x: string, y: string): boolean {
	const a = normalizeWords(x).join(' ');
	return a !== '' && a === normalizeWords(y).join(' ');
}

function indexOfName(steps: readonly SequenceStep[], name: string): number {
	return steps.findIndex((step) => sameName(step.name, name));
}

export interface OrderCheck {
	correct: boolean;
	/** Per slot: does the answer put the right step there? */
	positions: boolean[];
	/** Most steps in a row that follow each other correctly, wherever they sit (partial credit). */
	longestCorrectRun: number;
}

/** Checks an order given as step names, first to last. */
export function checkOrder(steps: readonly SequenceStep[], answerOrder: readonly string[]): OrderCheck {
	const positions = steps.map((step, slot) => slot < answerOrder.length && sameName(step.name, answerOrder[slot]));
	const truth = answerOrder.map((name) => indexOfName(steps, name));
	let longestCorrectRun = 0;
	let run = 0;
	truth.forEach((index, k) => {
		if (index < 0) run = 0;
		else run = k > 0 && truth[k - 1] >= 0 && index === truth[k - 1] + 1 ? run + 1 : 1;
		longestCorrectRun = Math.max(longestCorrectRun, run);
	});
	return {
		correct: answerOrder.length === steps.length && positions.every(Boolean),
		positions,
		longestCorrectRun
	};
}

/** The step after the named one; null after the last step or for a name not in the sequence. */
export function whatComesAfter<T extends SequenceStep>(steps: readonly T[], name: string): T | null {
	const index = indexOfName(steps, name);
	return index < 0 ? null : (steps[index + 1] ?? null);
}

const RANGE = /^(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)$/i;
const UNIT = /\s*(?:min|mins|minutes?)\.?$/i;

/**
 * Whether an answer fits the step's time budget: a number inside the range, or the range itself
 * ("3-5", "3–5 min", "3 to 5"). Untimed steps have no budget to recall, so nothing fits.
 */
export function checkBudget(step: SequenceStep, givenMinutes: number | string): boolean {
	const budget = step.minutes;
	if (!budget) return false;
	const inRange = (value: number) => value >= budget.min && value <= budget.max;
	if (typeof givenMinutes === 'number') return Number.isFinite(givenMinutes) && inRange(givenMinutes);
	const text = givenMinutes.trim().replace(UNIT, '');
	const range = RANGE.exec(text);
	if (range) return Number(range[1]) === budget.min && Number(range[2]) === budget.max;
	return /^\d+(?:\.\d+)?$/.test(text) && inRange(Number(text));
}
