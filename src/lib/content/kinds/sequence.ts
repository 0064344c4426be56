import type { ItemBase, SequenceItem, SequenceStep } from '../../model/index.ts';
import { slugify } from '../cards.ts';
import { describe, fieldProblem, recordsOf, rejectUnknownKeys, requireList, requireString, requireUnique, type FieldContext } from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import type { KindInput } from './shared.ts';

export const sequenceKeys = ['steps'] as const;

/** `3` → {3, 3}; `"3-5"` → {3, 5}; absent → null. */
function readMinutes(ctx: FieldContext): SequenceStep['minutes'] {
	const value = ctx.data.minutes;
	if (value === undefined || value === null) return null;
	if (typeof value === 'number' && value > 0) return { min: value, max: value };
	const range = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(?:[-–]\s*(\d+(?:\.\d+)?))?\s*$/.exec(value) : null;
	if (range) {
		const min = Number(range[1]);
		const max = range[2] === undefined ? min : Number(range[2]);
		if (min > 0 && max >= min) return { min, max };
	}
	fieldProblem(ctx, 'minutes', `must be a number or a range like "3-5" (got ${describe(value)})`);
	return null;
}

/** Front `steps: [{name, goal, minutes}]`; the body is the description. */
export function compileSequence(base: ItemBase, input: KindInput): SequenceItem {
	const { fm } = input;
	const steps = recordsOf(fm, 'steps', requireList(fm, 'steps', 2)).map((step): SequenceStep => {
		rejectUnknownKeys(step, ['name', 'goal', 'minutes']);
		return { name: requireString(step, 'name'), minutes: readMinutes(step), goal: requireString(step, 'goal') };
	});
	// Step cards are keyed by slugify(name).
	requireUnique(fm, 'steps', steps, (step) => slugify(step.name));
	return { ...base, kind: 'sequence', steps, descriptionHtml: renderMarkdown(input.body) };
}
