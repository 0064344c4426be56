import type { ConceptItem, ItemBase } from '../../model/index.ts';
import { requireString } from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import type { KindInput } from './shared.ts';

export const conceptKeys = ['prompt'] as const;

/** Front `prompt`; the body is the answer. */
export function compileConcept(base: ItemBase, input: KindInput): ConceptItem {
	const prompt = requireString(input.fm, 'prompt');
	const answer = input.body.trim();
	if (!answer) input.problems.push(`${input.file}: the body (the answer) is empty`);
	return {
		...base,
		kind: 'concept',
		prompt,
		promptHtml: renderMarkdown(prompt),
		answer,
		answerHtml: renderMarkdown(answer)
	};
}
