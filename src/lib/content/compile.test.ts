import { describe, expect, it } from 'vitest';
import { compileContent, ContentError, type SourceFile } from './compile.ts';
import type { Item, ItemKind, ItemOfKind } from '../model/index.ts';
import { editFile, validFiles, withFile } from './test-files.ts';

/** The problems compiling `files` reports (fails the test if it compiles). */
function problemsOf(files: SourceFile[]): string[] {
	try {
		compileContent(files);
	} catch (error) {
		if (error instanceof ContentError) return error.problems;
		throw error;
	}
	throw new Error('expected the content to be invalid');
}

function item<K extends ItemKind>(id: string, kind: K, files = validFiles()): ItemOfKind<K> {
	const found = compileContent(files).items.find((i: Item) => i.id === id);
	expect(found?.kind).toBe(kind);
	return found as ItemOfKind<K>;
}

const concept = (front: string, body = 'An answer.') =>
	`---\nid: c1\nkind: concept\ndeck: modeling\ntitle: T\nprompt: P?\n${front}---\n${body}\n`;

describe('compileContent: valid content', () => {
	it('compiles one item of every kind, sorted by id, with decks in file order', () => {
		const bundle = compileContent(validFiles());
		expect(bundle.items.map((i) => `${i.kind}:${i.id}`)).toEqual([
			'sequence:five-phases',
			'concept:grain',
			'table:index-types',
			'script:open-clarify',
			'scenario:scenario-card-payments',
			'sql:top-customer',
			'python:word-count'
		]);
		expect(bundle.decks.map((d) => [d.id, d.order])).toEqual([
			['modeling', 0],
			['sql', 1],
			['design', 2]
		]);
		expect(bundle.datasets).toEqual([
			expect.objectContaining({ id: 'shop', title: 'A tiny shop', source: 'content/datasets/shop.sql' })
		]);
		expect(bundle.hash).toMatch(/^[0-9a-f]{64}$/);
	});

	it('compiles a concept with rendered prompt and answer and the common defaults', () => {
		expect(item('grain', 'concept')).toEqual({
			id: 'grain',
			kind: 'concept',
			deck: 'modeling',
			title: 'Grain of a fact table',
			topics: ['grain', 'facts'],
			difficulty: 2,
			domain: 'payments',
			source: 'content/concepts/grain.md',
			prompt: 'What is the **grain** of a fact table?',
			promptHtml: '<p>What is the <strong>grain</strong> of a fact table?</p>\n',
			answer: 'What one row means, stated *before* choosing columns.',
			answerHtml: '<p>What one row means, stated <em>before</em> choosing columns.</p>\n'
		});
	});

	it('defaults topics, difficulty and domain when absent', () => {
		const python = item('word-count', 'python');
		expect(python.topics).toEqual([]);
		expect(python.difficulty).toBe(1);
		expect(python.domain).toBe('general');
	});

	it('compiles a script as plain paragraphs with a target time from its word count', () => {
		const script = item('open-clarify', 'script');
		expect(script.script).toBe(
			"Before I draw anything, I want to know who reads it and how fresh it has to be.\n\nThen I'll pick the grain."
		);
		expect(script.mustSay).toEqual(['who reads it', 'how fresh']);
		expect(script.synonyms).toEqual({ fresh: ['recent', 'current'] });
		expect(script.phase).toBe(1);
		// 22 words at 2.5 words a second.
		expect(script.targetSeconds).toBe(9);
		expect(script.notesHtml).toBe('<p>Ask, don&#39;t <em>assume</em>.</p>\n');
	});

	it('compiles a table with its rows and reverse flag', () => {
		const table = item('index-types', 'table');
		expect(table.columns).toEqual(['Situation', 'Index']);
		expect(table.rows).toEqual([
			['Equality lookups', 'Hash'],
			['Range scans', 'B-tree']
		]);
		expect(table.reverse).toBe(true);
		expect(table.descriptionHtml).toContain('<strong>access pattern</strong>');
	});

	it('compiles sequence minutes from a range, a number, or nothing', () => {
		expect(item('five-phases', 'sequence').steps).toEqual([
			{ name: 'Clarify', goal: 'Requirements and access patterns', minutes: { min: 3, max: 5 } },
			{ name: 'Entities', goal: 'Nouns and relationships', minutes: { min: 5, max: 5 } },
			{ name: 'Wrap up', goal: 'Recap trade-offs', minutes: null }
		]);
	});

	it('compiles a sql drill with its solution, expected rows, hints and defaults', () => {
		const sql = item('top-customer', 'sql');
		expect(sql).toMatchObject({
			dataset: 'shop',
			ordered: true,
			checkColumnNames: false,
			targetSeconds: 300,
			expected: { columns: ['name', 'total'], rows: [['Ada', 50], ['Grace', 5]] },
			hints: ['Join orders to customers.', 'Group by the customer, then order by the sum.'],
			prompt: 'Total spend per customer, highest first.',
			explanationHtml: '<p>A join then an aggregate.</p>\n'
		});
		expect(sql.solution).toMatch(/^SELECT c\.name.*ORDER BY total DESC;$/s);
	});

	it('compiles a python drill keeping "## " comments inside code blocks', () => {
		const python = item('word-count', 'python');
		expect(python.starter).toBe('def count_words(text):\n    ...');
		expect(python.solution).toContain('## split on whitespace');
		expect(python.tests).toContain('def test_counts_repeats():');
		expect(python.hints).toEqual(['collections.Counter']);
		expect(python.targetSeconds).toBe(600);
	});

	it('compiles a scenario with its slug, sections, model, queries, cards and break-its', () => {
		const scenario = item('scenario-card-payments', 'scenario');
		expect(scenario.slug).toBe('card-payments');
		expect(scenario.sections).toEqual([
			{ id: 'overview', title: 'Overview', html: '<p>Cards are <em>authorised</em>, then settled.</p>\n' },
			{ id: 'worked-example', title: 'Worked example', html: '<p>Ada spends 50.</p>\n' }
		]);
		expect(scenario.tables[1].columns[1]).toEqual({
			name: 'customer_id',
			type: 'INTEGER',
			key: 'fk',
			references: 'customers.id',
			note: 'Never null'
		});
		expect(scenario.queries[0]).toMatchObject({ id: 'spend', ordered: false, expected: { rows: [[1, 50], [2, 5]] } });
		expect(scenario.cards[0].answerHtml).toBe('<p>Because <strong>refunds</strong> attach to orders.</p>\n');
		expect(scenario.breakIts[0]).toMatchObject({ id: 'drop-fk', explanationHtml: '<p>Orphans appear.</p>\n' });
		expect(scenario.workedExample).toEqual({
			title: "Ada's spend",
			steps: [
				{ text: "Ada's first order is **30**.", textHtml: "<p>Ada&#39;s first order is <strong>30</strong>.</p>\n", sql: 'SELECT amount FROM orders WHERE id = 10', value: 30 },
				{ text: 'Her two orders add up to 50.', textHtml: '<p>Her two orders add up to 50.</p>\n', sql: 'SELECT SUM(amount) FROM orders WHERE customer_id = 1', value: 50 }
			],
			result: { value: 50, query: 'spend', row: 0, column: 'total' }
		});
	});

	it('skips README.md at the content root', () => {
		expect(() => compileContent(withFile('content/README.md', '# Not an item, no front matter'))).not.toThrow();
	});
});

describe('compileContent: the content hash', () => {
	it('is the same whatever order the files come in', () => {
		const files = validFiles();
		expect(compileContent([...files].reverse()).hash).toBe(compileContent(files).hash);
	});

	it('changes when any content changes', () => {
		const before = compileContent(validFiles()).hash;
		const after = compileContent(editFile('content/concepts/grain.md', (t) => t.replace('before', 'first'))).hash;
		expect(after).not.toBe(before);
	});

	it('changes when a dataset changes', () => {
		const before = compileContent(validFiles()).hash;
		const after = compileContent(editFile('content/datasets/shop.sql', (t) => `${t}INSERT INTO customers VALUES (3, 'Lin');\n`)).hash;
		expect(after).not.toBe(before);
	});
});

describe('compileContent: validation', () => {
	it('collects every problem into one ContentError whose message lists them', () => {
		const files = withFile('content/concepts/x.md', concept('difficulty: hard\ndomain: mars\n'));
		try {
			compileContent(files);
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(ContentError);
			const { problems, message } = error as ContentError;
			expect(problems).toHaveLength(2);
			expect(message).toContain('Content has 2 problems');
			for (const p of problems) expect(message).toContain(p);
		}
	});

	it('reports a missing id', () => {
		const files = editFile('content/concepts/grain.md', (t) => t.replace('id: grain\n', ''));
		expect(problemsOf(files)).toEqual(['content/concepts/grain.md: field "id" is missing']);
	});

	it('reports an id that is not lowercase kebab case', () => {
		const files = editFile('content/concepts/grain.md', (t) => t.replace('id: grain', 'id: Grain_1'));
		expect(problemsOf(files)).toEqual([
			'content/concepts/grain.md: field "id" must be lowercase letters, digits and dashes (got "Grain_1")'
		]);
	});

	it('reports a duplicate id naming both files', () => {
		const files = withFile('content/concepts/grain-again.md', concept('').replace('id: c1', 'id: grain'));
		expect(problemsOf(files)).toEqual([
			'content/concepts/grain.md: field "id" is "grain", already used by content/concepts/grain-again.md; ids must be unique'
		]);
	});

	it('reports an unknown kind with the known ones', () => {
		const files = editFile('content/concepts/grain.md', (t) => t.replace('kind: concept', 'kind: flashcard'));
		expect(problemsOf(files)).toEqual([
			'content/concepts/grain.md: field "kind" must be "concept", "script", "table", "sequence", "sql", "schema", "python" or "scenario" (got "flashcard")'
		]);
	});

	it('reports a difficulty that is not 1, 2 or 3', () => {
		const files = editFile('content/concepts/grain.md', (t) => t.replace('difficulty: 2', 'difficulty: hard'));
		expect(problemsOf(files)).toEqual(['content/concepts/grain.md: field "difficulty" must be 1, 2 or 3 (got "hard")']);
	});

	it('reports fields of the wrong type', () => {
		const files = withFile('content/concepts/x.md', concept('topics: grain\n').replace('title: T', 'title: [a, b]'));
		expect(problemsOf(files)).toEqual([
			'content/concepts/x.md: field "title" must be text (got a list)',
			'content/concepts/x.md: field "topics" must be a list (got "grain")'
		]);
	});

	it('reports an unknown front-matter key, naming it', () => {
		const files = editFile('content/scripts/open-clarify.md', (t) => t.replace('phase: 1', 'phase: 1\nmustsay: [x]'));
		expect(problemsOf(files)).toEqual([
			expect.stringMatching(/^content\/scripts\/open-clarify\.md: field "mustsay" is not a known field \(known: id, kind, .*mustSay/)
		]);
	});

	it('reports a deck that is not in decks.yaml', () => {
		const files = editFile('content/concepts/grain.md', (t) => t.replace('deck: modeling', 'deck: modelling'));
		expect(problemsOf(files)).toEqual([
			'content/concepts/grain.md: field "deck" must be a deck id from content/decks.yaml (got "modelling")'
		]);
	});

	it('reports a missing decks.yaml', () => {
		expect(problemsOf(withFile('content/decks.yaml', null))).toEqual(['content/decks.yaml: file is missing']);
	});

	it('reports a dataset that does not exist, for sql drills and scenarios', () => {
		const files = withFile('content/datasets/shop.sql', null);
		expect(problemsOf(files)).toEqual([
			'content/scenarios/card-payments/scenario.md: field "dataset" names a dataset that does not exist (no content/datasets/shop.sql)',
			'content/sql/top-customer.md: field "dataset" names a dataset that does not exist (no content/datasets/shop.sql)'
		]);
	});

	it('reports a dataset without its title line', () => {
		const files = editFile('content/datasets/shop.sql', (t) => t.replace('-- title: A tiny shop\n', ''));
		expect(problemsOf(files)).toContain('content/datasets/shop.sql: the first line must be "-- title: <Title>"');
	});

	it('reports bad YAML with the file and line', () => {
		const files = editFile('content/concepts/grain.md', (t) => t.replace('title: Grain of a fact table', 'title: [unclosed'));
		const problems = problemsOf(files);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems[0]).toMatch(/^content\/concepts\/grain\.md:\d+: YAML error: /);
		// The title is on line 5; the parser reports where it noticed, never before.
		expect(Number(/:(\d+):/.exec(problems[0])![1])).toBeGreaterThanOrEqual(5);
	});

	it('reports a file without front matter', () => {
		const files = withFile('content/concepts/x.md', '# Just markdown\n');
		expect(problemsOf(files)).toEqual(['content/concepts/x.md: must start with a "---" line opening the YAML front matter']);
	});

	it('reports a must-say phrase that does not occur in the script', () => {
		const files = editFile('content/scripts/open-clarify.md', (t) => t.replace('- how fresh', '- how stale'));
		expect(problemsOf(files)).toEqual([
			'content/scripts/open-clarify.md: field "mustSay[1]" phrase "how stale" does not occur in the script'
		]);
	});

	it('matches must-say phrases ignoring case, punctuation and line breaks', () => {
		const files = editFile('content/scripts/open-clarify.md', (t) => t.replace('- how fresh', '- "Who reads it, and how fresh?"'));
		expect(() => compileContent(files)).not.toThrow();
	});

	it('reports a script without its ## Script section, and an unknown section', () => {
		const files = editFile('content/scripts/open-clarify.md', (t) => t.replace('## Script', '## Scrpt'));
		expect(problemsOf(files)).toEqual([
			'content/scripts/open-clarify.md: section "## Scrpt" is not one of ## Script, ## Notes',
			'content/scripts/open-clarify.md: section "## Script" is missing'
		]);
	});

	it('reports a table row with the wrong number of cells', () => {
		const files = editFile('content/tables/index-types.md', (t) => t.replace('[Range scans, B-tree]', '[Range scans, B-tree, extra]'));
		expect(problemsOf(files)).toEqual([
			'content/tables/index-types.md: field "rows[1]" has 3 cells but there are 2 columns'
		]);
	});

	it('reports table rows whose first cells give the same card key', () => {
		const files = editFile('content/tables/index-types.md', (t) => t.replace('[Range scans, B-tree]', ['[equality lookups!, B-tree]'].join('')));
		expect(problemsOf(files)).toEqual([
			'content/tables/index-types.md: field "rows[1][0]" has the same key as rows[0][0] ("equality-lookups"); first cells must differ'
		]);
	});

	it('reports sequence steps with repeated names and bad minutes', () => {
		const files = editFile('content/sequences/five-phases.md', (t) =>
			t.replace('name: Entities', 'name: Clarify').replace('minutes: 3-5', 'minutes: soon')
		);
		expect(problemsOf(files)).toEqual([
			'content/sequences/five-phases.md: field "steps[0].minutes" must be a number or a range like "3-5" (got "soon")',
			'content/sequences/five-phases.md: field "steps" has "clarify" more than once'
		]);
	});

	it('reports sql expected rows of the wrong width, and values of the wrong type', () => {
		const files = editFile('content/sql/top-customer.md', (t) => t.replace('- [Ada, 50]', '- [Ada]').replace('[Grace, 5]', '[Grace, true]'));
		expect(problemsOf(files)).toEqual([
			'content/sql/top-customer.md: field "expected.rows[0]" has 1 values but there are 2 columns',
			'content/sql/top-customer.md: field "expected.rows[1][1]" must be text, a number or null (got true)'
		]);
	});

	it('reports a missing expected result and a missing section in a sql drill', () => {
		const files = editFile('content/sql/top-customer.md', (t) =>
			t.replace(/expected:\n(  .*\n)+/, '').replace(/## Hints\n\n(- .*\n|  .*\n)+/, '')
		);
		expect(problemsOf(files)).toEqual([
			'content/sql/top-customer.md: field "expected" is missing',
			'content/sql/top-customer.md: section "## Hints" is missing'
		]);
	});

	it('reports a sql solution that is not a ```sql block', () => {
		const files = editFile('content/sql/top-customer.md', (t) => t.replace('```sql', '```python'));
		expect(problemsOf(files)).toEqual([
			'content/sql/top-customer.md: section "## Solution": code block must be ```sql (got ```python)'
		]);
	});

	it('reports python tests that define no test function', () => {
		const files = editFile('content/python/word-count.md', (t) => t.replace('def test_counts_repeats', 'def check_counts'));
		expect(problemsOf(files)).toEqual([
			'content/python/word-count.md: section "## Tests" must define at least one top-level "def test_…()" function'
		]);
	});

	it('reports a scenario reference to a column that does not exist', () => {
		const files = editFile('content/scenarios/card-payments/scenario.md', (t) => t.replace('references: customers.id', 'references: customer.id'));
		expect(problemsOf(files)).toEqual([
			'content/scenarios/card-payments/scenario.md: field "tables[1].columns[1].references" names "customer.id", which is not a table.column of this scenario'
		]);
	});

	it('reports scenario cards with a repeated id and a bad table group', () => {
		const files = editFile('content/scenarios/card-payments/scenario.md', (t) =>
			t
				.replace('group: fact', 'group: facts')
				.replace('cards:\n', 'cards:\n  - { id: why-fact-grain, prompt: P, answer: A }\n')
		);
		expect(problemsOf(files)).toEqual([
			'content/scenarios/card-payments/scenario.md: field "tables[1].group" must be "dimension", "fact" or "module" (got "facts")',
			'content/scenarios/card-payments/scenario.md: field "cards" has "why-fact-grain" more than once'
		]);
	});

	it('requires a worked example with at least one step', () => {
		const path = 'content/scenarios/card-payments/scenario.md';
		const missing = editFile(path, (t) => t.replace(/workedExample:[\s\S]*?(?=---\n## Overview)/, ''));
		expect(problemsOf(missing)).toEqual([`${path}: field "workedExample" is missing`]);
		const noSteps = editFile(path, (t) => t.replace(/  steps:[\s\S]*?(?=  result:)/, '  steps: []\n'));
		expect(problemsOf(noSteps)).toEqual([`${path}: field "workedExample.steps" must have at least 1 entry (got 0)`]);
	});

	it('reports a worked example whose result is not a cell of a query, naming the field', () => {
		const path = 'content/scenarios/card-payments/scenario.md';
		const result = (yaml: string) => editFile(path, (t) => t.replace(/  result:\n[\s\S]*?(?=---\n## Overview)/, `  result:\n${yaml}\n`));
		expect(problemsOf(result('    { value: 50, query: spending, row: 0, column: total }'))).toEqual([
			`${path}: field "workedExample.result.query" names "spending", which is not one of this scenario's queries ("spend")`
		]);
		expect(problemsOf(result('    { value: 50, query: spend, row: 2, column: total }'))).toEqual([
			`${path}: field "workedExample.result.row" is 2, but query "spend" expects 2 rows (0-based)`
		]);
		expect(problemsOf(result('    { value: 50, query: spend, row: -1, column: total }'))).toEqual([
			`${path}: field "workedExample.result.row" must be a whole number from 0 (got -1)`
		]);
		expect(problemsOf(result('    { value: 50, query: spend, row: 0, column: amount }'))).toEqual([
			`${path}: field "workedExample.result.column" names "amount", which is not a column of query "spend" (customer_id, total)`
		]);
		expect(problemsOf(result('    { value: 5.01, query: spend, row: 1, column: total }'))).toEqual([
			`${path}: field "workedExample.result.value" is 5.01, but query "spend" expects 5 in row 1, column "total"`
		]);
		expect(problemsOf(result('    { value: [5], query: spend, row: 1, column: total }'))).toEqual([
			`${path}: field "workedExample.result.value" must be a number or text (got a list)`
		]);
		// Within the 1e-6 relative tolerance, the same number.
		expect(() => compileContent(result('    { value: 5.0000001, query: spend, row: 1, column: total }'))).not.toThrow();
	});

	it('reports worked example steps with a missing value or an unknown key', () => {
		const path = 'content/scenarios/card-payments/scenario.md';
		const files = editFile(path, (t) => t.replace('      value: 30\n', '      answer: 30\n'));
		expect(problemsOf(files)).toEqual([
			`${path}: field "workedExample.steps[0].answer" is not a known field (known: text, sql, sqlPostgres, value)`,
			`${path}: field "workedExample.steps[0].value" is missing`
		]);
	});

	it('reports a scenario outside scenarios/<slug>/scenario.md and stray files', () => {
		const scenario = validFiles().find((f) => f.path.endsWith('scenario.md'))!;
		const files = withFile('content/scenarios/card-payments/notes.md', 'x', withFile('content/design/card.md', scenario.text));
		expect(problemsOf(files)).toEqual([
			expect.stringMatching(/^content\/scenarios\/card-payments\/notes\.md: unexpected file/),
			'content/design/card.md: a scenario must live at content/scenarios/<slug>/scenario.md'
		]);
	});
});

describe('compileContent: SQL in two dialects', () => {
	/** The fixture drill with another solution and, when given, other wrong answers in place of its own. */
	const drill = (solution: string, wrong?: string) =>
		editFile('content/sql/top-customer.md', (t) => {
			const solved = t.replace(/## Solution\n\n```sql\n[\s\S]*?```\n/, `## Solution\n\n${solution}\n`);
			return wrong === undefined ? solved : solved.replace(/\n## Wrong answers[\s\S]*$/, '') + wrong;
		});
	const sqlite = "```sql sqlite\nSELECT strftime('%Y', '2024-01-01');\n```";
	const postgres = "```sql postgres\nSELECT to_char(DATE '2024-01-01', 'YYYY');\n```";

	it('keeps one solution for both engines when there is one plain block', () => {
		expect(item('top-customer', 'sql')).not.toHaveProperty('solutionPostgres');
	});

	it('reads a SQLite and a PostgreSQL solution from tagged blocks', () => {
		const sql = item('top-customer', 'sql', drill(`${sqlite}\n\n${postgres}`));
		expect(sql.solution).toBe("SELECT strftime('%Y', '2024-01-01');");
		expect(sql.solutionPostgres).toBe("SELECT to_char(DATE '2024-01-01', 'YYYY');");
	});

	it('reports a lone tagged block, an unknown dialect and identical blocks', () => {
		expect(problemsOf(drill(sqlite))).toEqual([
			'content/sql/top-customer.md: section "## Solution": give one ```sql block for both dialects, or exactly one ```sql sqlite and one ```sql postgres block'
		]);
		expect(problemsOf(drill('```sql mysql\nSELECT 1\n```\n\n```sql sqlite\nSELECT 1\n```'))).toEqual([
			'content/sql/top-customer.md: section "## Solution": a code block\'s dialect must be "sqlite" or "postgres" (got "mysql")'
		]);
		expect(problemsOf(drill('```sql sqlite\nSELECT 1\n```\n\n```sql postgres\nSELECT 1\n```'))).toEqual([
			'content/sql/top-customer.md: section "## Solution": the sqlite and postgres blocks are identical: use one ```sql block'
		]);
	});

	it('reads wrong answers with what each gets wrong, in either dialect form', () => {
		const wrong = `\n## Wrong answers\n\n### Counts orders\n\nCounting rows is not **spending**.\n\n\`\`\`sql\nSELECT c.name, COUNT(*) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name;\n\`\`\`\n\n### Year as text\n\nCompares a year.\n\n${sqlite}\n\n${postgres}\n`;
		const sql = item('top-customer', 'sql', drill('```sql\nSELECT 1\n```', wrong));
		expect(sql.wrongAnswers).toEqual([
			{ title: 'Counts orders', whyHtml: '<p>Counting rows is not <strong>spending</strong>.</p>\n', sql: expect.stringContaining('COUNT(*)') },
			{ title: 'Year as text', whyHtml: '<p>Compares a year.</p>\n', sql: expect.stringContaining('strftime'), sqlPostgres: expect.stringContaining('to_char') }
		]);
	});

	it('requires at least two wrong answers of a bundled drill', () => {
		const one = '\n## Wrong answers\n\n### Only one\n\nWhy.\n\n```sql\nSELECT 1\n```\n';
		expect(problemsOf(drill('```sql\nSELECT 1\n```', one))).toEqual(['content/sql/top-customer.md: section "## Wrong answers" needs at least 2 wrong answers (has 1)']);
		expect(problemsOf(drill('```sql\nSELECT 1\n```', ''))).toEqual(['content/sql/top-customer.md: section "## Wrong answers" is missing']);
	});

	it('reports a wrong answer without its why, without code, or titled twice', () => {
		const wrong = '\n## Wrong answers\n\nIntro.\n\n### A\n\n```sql\nSELECT 1\n```\n\n### B\n\nNo code here.\n\n### a\n\nWhy.\n\n```sql\nSELECT 2\n```\n';
		expect(problemsOf(drill('```sql\nSELECT 1\n```', wrong))).toEqual([
			'content/sql/top-customer.md: section "## Wrong answers": text before the first "### " heading',
			'content/sql/top-customer.md: wrong answer 1 ("A"): say what it gets wrong in a sentence before its code',
			'content/sql/top-customer.md: wrong answer 2 ("B"): must hold a ```sql fenced code block',
			'content/sql/top-customer.md: two wrong answers are titled "a"'
		]);
	});

	it('wraps dialect-only Markdown so the page can show the chosen one', () => {
		const files = editFile('content/sql/top-customer.md', (t) =>
			t.replace('A join then an aggregate.', 'A join.\n\n::: postgres\nUse `date_trunc`.\n:::\n\n::: sqlite\nUse `strftime`.\n:::')
		);
		expect(item('top-customer', 'sql', files).explanationHtml).toBe(
			'<p>A join.</p>\n<div data-dialect="postgres"><p>Use <code>date_trunc</code>.</p>\n</div><div data-dialect="sqlite"><p>Use <code>strftime</code>.</p>\n</div>\n'
		);
		const unclosed = editFile('content/sql/top-customer.md', (t) => t.replace('A join then an aggregate.', '::: postgres\nOpen.'));
		expect(problemsOf(unclosed)).toEqual(['content/sql/top-customer.md: section "## Explanation": "::: postgres" is never closed with ":::"']);
	});

	it('splits a dataset into each engine’s script, keeping line numbers', () => {
		const files = withFile(
			'content/datasets/shop.sql',
			'-- title: A tiny shop\nCREATE TABLE t (x INTEGER);\n-- [sqlite]\nCREATE TRIGGER a BEFORE DELETE ON t BEGIN SELECT RAISE(ABORT, \'no\'); END;\n-- [postgres]\nCREATE RULE a AS ON DELETE TO t DO INSTEAD NOTHING;\n-- [both]\nINSERT INTO t VALUES (1);\n'
		);
		const dataset = compileContent(files).datasets.find((d) => d.id === 'shop')!;
		expect(dataset.sql.split('\n')).toEqual(['-- title: A tiny shop', 'CREATE TABLE t (x INTEGER);', '', expect.stringContaining('CREATE TRIGGER'), '', '', '', 'INSERT INTO t VALUES (1);', '']);
		expect(dataset.postgres.split('\n')[5]).toContain('CREATE RULE');
		expect(dataset.postgres).not.toContain('TRIGGER');
	});

	it('reports an unclosed dialect block in a dataset', () => {
		const files = withFile('content/datasets/shop.sql', '-- title: A tiny shop\nCREATE TABLE t (x INTEGER);\n-- [postgres]\nSELECT 1;\n');
		expect(problemsOf(files)).toContain('content/datasets/shop.sql: the "-- [postgres]" block is never closed with "-- [both]"');
	});
});

describe('compileContent: paths', () => {
	const paths = (yaml: string) => withFile('content/paths.yaml', yaml);

	it('compiles a path of sections in order, from items of any kind', () => {
		const bundle = compileContent(
			paths('- id: a-loop\n  title: A loop\n  description: Follow one company.\n  sections:\n    - title: SQL\n      summary: The live round.\n      items: [top-customer]\n    - title: Modeling\n      summary: The onsite.\n      items: [grain, scenario-card-payments]\n')
		);
		expect(bundle.paths).toEqual([
			{
				id: 'a-loop',
				title: 'A loop',
				description: 'Follow one company.',
				sections: [
					{ title: 'SQL', summary: 'The live round.', items: ['top-customer'] },
					{ title: 'Modeling', summary: 'The onsite.', items: ['grain', 'scenario-card-payments'] }
				]
			}
		]);
	});

	it('reports an item that does not exist and one listed twice', () => {
		expect(problemsOf(paths('- id: a-loop\n  title: A\n  description: D\n  sections:\n    - title: S\n      summary: S\n      items: [top-customer, nope, top-customer]\n'))).toEqual([
			'content/paths.yaml: field "paths[0].sections[0].items" names "nope", which is no item\'s id',
			'content/paths.yaml: field "paths[0].sections" lists "top-customer" more than once'
		]);
	});
});
