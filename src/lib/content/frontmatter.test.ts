import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './frontmatter.ts';

describe('splitFrontMatter', () => {
	it('parses the YAML and returns the body after the closing ---', () => {
		const problems: string[] = [];
		expect(splitFrontMatter('f.md', '---\nid: a\nlist: [1, 2]\n---\n\nBody\n', problems)).toEqual({
			data: { id: 'a', list: [1, 2] },
			body: '\nBody\n'
		});
		expect(problems).toEqual([]);
	});

	it('reports YAML syntax errors with the line in the file', () => {
		const problems: string[] = [];
		expect(splitFrontMatter('f.md', '---\nid: a\ntitle: a: b\nmore: 1\n---\nBody', problems)).toBeNull();
		expect(problems[0]).toMatch(/^f\.md:3: YAML error: /);
	});

	it('reports a repeated key', () => {
		const problems: string[] = [];
		splitFrontMatter('f.md', '---\nid: a\nid: b\n---\n', problems);
		expect(problems[0]).toMatch(/^f\.md:3: YAML error: .*unique/i);
	});

	it('reports missing or unclosed front matter, and front matter that is not a mapping', () => {
		const problems: string[] = [];
		splitFrontMatter('a.md', 'no front matter', problems);
		splitFrontMatter('b.md', '---\nid: a\n', problems);
		splitFrontMatter('c.md', '---\n- a\n---\n', problems);
		expect(problems).toEqual([
			'a.md: must start with a "---" line opening the YAML front matter',
			'b.md: front matter is not closed by a "---" line',
			'c.md: front matter must be a YAML mapping of fields'
		]);
	});
});
