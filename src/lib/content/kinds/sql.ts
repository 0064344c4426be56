import type { ItemBase, SqlItem, WrongAnswer } from '../../model/index.ts';
import { bulletList, codeBlocks, subsections } from '../sections.ts';
import { optionalBoolean, optionalInteger, requireId } from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import { dialectContainers } from '../dialect.ts';
import { readResultSet, readSections, requireDataset, type KindInput } from './shared.ts';

export const sqlKeys = ['dataset', 'ordered', 'checkColumnNames', 'targetSeconds', 'expected'] as const;

/** Every bundled drill carries at least this many authored wrong answers (CI proves each is rejected). */
export const MIN_WRONG_ANSWERS = 2;

/**
 * Front `dataset`, `expected`, …; body `## Prompt`, `## Solution`, `## Hints`, `## Explanation`,
 * `## Wrong answers`. A solution or wrong answer is one ```` ```sql ```` block for both dialects, or
 * a ```` ```sql sqlite ```` and a ```` ```sql postgres ```` block.
 */
export function compileSql(base: ItemBase, input: KindInput): SqlItem {
	const { fm } = input;
	const dataset = requireId(fm, 'dataset');
	requireDataset(input, fm, dataset);
	const expected = readResultSet(fm, 'expected');
	const sections = readSections(input, ['prompt', 'solution', 'hints', 'explanation', 'wrong answers']);
	const hints = bulletList(sections.hints ?? '');
	if (sections.hints && hints.length === 0) input.problems.push(`${input.file}: section "## Hints" must be a bullet list`);
	const solution = dialectCode(input, 'section "## Solution"', sections.solution);
	const markdown = (section: string, text: string | undefined) =>
		renderMarkdown(dialectContainers(text ?? '', (problem) => input.problems.push(`${input.file}: section "## ${section}": ${problem}`)));

	return {
		...base,
		kind: 'sql',
		dataset,
		prompt: sections.prompt ?? '',
		promptHtml: markdown('Prompt', sections.prompt),
		solution: solution.sql,
		...(solution.sqlPostgres === undefined ? {} : { solutionPostgres: solution.sqlPostgres }),
		expected,
		ordered: optionalBoolean(fm, 'ordered', false),
		checkColumnNames: optionalBoolean(fm, 'checkColumnNames', false),
		hints,
		explanationHtml: markdown('Explanation', sections.explanation),
		targetSeconds: optionalInteger(fm, 'targetSeconds', 300, 1, 3600),
		wrongAnswers: enoughWrongAnswers(input, wrongAnswers(input, sections['wrong answers']))
	};
}

/** A drill is only trusted once CI has seen it reject the mistakes candidates make. */
function enoughWrongAnswers(input: KindInput, answers: WrongAnswer[]): WrongAnswer[] {
	if (answers.length > 0 && answers.length < MIN_WRONG_ANSWERS) {
		input.problems.push(`${input.file}: section "## Wrong answers" needs at least ${MIN_WRONG_ANSWERS} wrong answers (has ${answers.length})`);
	}
	return answers;
}

/** One block for both dialects, or one per dialect (`sql sqlite` + `sql postgres`). */
function dialectCode(input: KindInput, where: string, markdown: string | undefined): { sql: string; sqlPostgres?: string } {
	const problem = (message: string) => {
		input.problems.push(`${input.file}: ${where}: ${message}`);
		return { sql: '' };
	};
	if (!markdown) return { sql: '' };
	const { blocks, unclosed } = codeBlocks(markdown);
	if (unclosed) return problem('a ``` fence is never closed');
	const sqlBlocks = blocks.filter((b) => b.lang === 'sql');
	if (blocks.length === 0) return problem('must hold a ```sql fenced code block');
	const other = blocks.find((b) => b.lang !== 'sql');
	if (other) return problem(`code block must be \`\`\`sql (got \`\`\`${other.lang || 'no language'})`);
	const byDialect = new Map(sqlBlocks.map((b) => [b.info, b.code.trim()]));
	if (sqlBlocks.length === 1 && sqlBlocks[0].info === '') return { sql: sqlBlocks[0].code.trim() };
	const unknown = sqlBlocks.find((b) => b.info !== 'sqlite' && b.info !== 'postgres');
	if (unknown) return problem(`a code block's dialect must be "sqlite" or "postgres" (got "${unknown.info || 'none'}")`);
	if (sqlBlocks.length !== 2 || byDialect.size !== 2) {
		return problem('give one ```sql block for both dialects, or exactly one ```sql sqlite and one ```sql postgres block');
	}
	if (byDialect.get('sqlite') === byDialect.get('postgres')) return problem('the sqlite and postgres blocks are identical: use one ```sql block');
	return { sql: byDialect.get('sqlite')!, sqlPostgres: byDialect.get('postgres')! };
}

/** `### What it gets wrong` subsections, each with its why (Markdown) and its SQL. */
export function wrongAnswers(input: KindInput, markdown: string | undefined): WrongAnswer[] {
	if (!markdown) return [];
	const { intro, parts } = subsections(markdown);
	if (intro) input.problems.push(`${input.file}: section "## Wrong answers": text before the first "### " heading`);
	const answers = parts.map((part, i): WrongAnswer => {
		const where = `wrong answer ${i + 1} ("${part.title}")`;
		const code = dialectCode(input, where, part.content);
		const why = codeBlocks(part.content).prose.trim();
		if (!why) input.problems.push(`${input.file}: ${where}: say what it gets wrong in a sentence before its code`);
		return { title: part.title, whyHtml: renderMarkdown(why), ...code };
	});
	const titles = new Set<string>();
	for (const answer of answers) {
		if (titles.has(answer.title.toLowerCase())) input.problems.push(`${input.file}: two wrong answers are titled "${answer.title}"`);
		titles.add(answer.title.toLowerCase());
	}
	return answers;
}
