import type { ItemBase, PythonItem } from '../../model/index.ts';
import { bulletList } from '../sections.ts';
import { optionalInteger } from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import { readSections, sectionCode, type KindInput } from './shared.ts';

export const pythonKeys = ['targetSeconds'] as const;

const TEST_FUNCTION = /^def test_\w*\s*\(/m;

/** Body `## Prompt`, `## Starter`, `## Solution`, `## Tests`, `## Hints`, `## Explanation`. */
export function compilePython(base: ItemBase, input: KindInput): PythonItem {
	const sections = readSections(input, ['prompt', 'starter', 'solution', 'tests', 'hints', 'explanation']);
	const tests = sectionCode(input, 'Tests', sections.tests, 'python');
	if (sections.tests && tests && !TEST_FUNCTION.test(tests)) {
		input.problems.push(`${input.file}: section "## Tests" must define at least one top-level "def test_…()" function`);
	}
	const hints = bulletList(sections.hints ?? '');
	if (sections.hints && hints.length === 0) input.problems.push(`${input.file}: section "## Hints" must be a bullet list`);

	return {
		...base,
		kind: 'python',
		prompt: sections.prompt ?? '',
		promptHtml: renderMarkdown(sections.prompt ?? ''),
		starter: sectionCode(input, 'Starter', sections.starter, 'python'),
		solution: sectionCode(input, 'Solution', sections.solution, 'python'),
		tests,
		hints,
		explanationHtml: renderMarkdown(sections.explanation ?? ''),
		targetSeconds: optionalInteger(input.fm, 'targetSeconds', 600, 1, 7200)
	};
}
