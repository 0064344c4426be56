import type { ItemBase, SqlItem } from '../types.ts';
import { bulletList } from '../sections.ts';
import { optionalBoolean, optionalInteger, requireId } from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import { readResultSet, readSections, requireDataset, sectionCode, type KindInput } from './shared.ts';

export const sqlKeys = ['dataset', 'ordered', 'checkColumnNames', 'targetSeconds', 'expected'] as const;

/** Front `dataset`, `expected`, …; body `## Prompt`, `## Solution`, `## Hints`, `## Explanation`. */
export function compileSql(base: ItemBase, input: KindInput): SqlItem {
	const { fm } = input;
	const dataset = requireId(fm, 'dataset');
	requireDataset(input, fm, dataset);
	const expected = readResultSet(fm, 'expected');
	const sections = readSections(input, ['prompt', 'solution', 'hints', 'explanation']);
	const hints = bulletList(sections.hints ?? '');
	if (sections.hints && hints.length === 0) input.problems.push(`${input.file}: section "## Hints" must be a bullet list`);

	return {
		...base,
		kind: 'sql',
		dataset,
		prompt: sections.prompt ?? '',
		promptHtml: renderMarkdown(sections.prompt ?? ''),
		solution: sectionCode(input, 'Solution', sections.solution, 'sql'),
		expected,
		ordered: optionalBoolean(fm, 'ordered', false),
		checkColumnNames: optionalBoolean(fm, 'checkColumnNames', false),
		hints,
		explanationHtml: renderMarkdown(sections.explanation ?? ''),
		targetSeconds: optionalInteger(fm, 'targetSeconds', 300, 1, 3600)
	};
}
