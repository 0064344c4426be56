import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

describe('renderMarkdown (bundled content)', () => {
	it('makes code blocks and tables, which scroll sideways on a phone, reachable by keyboard', () => {
		expect(renderMarkdown('```sql\nSELECT 1;\n```')).toMatch(/^<pre tabindex="0"><code class="language-sql">/);
		expect(renderMarkdown('| a |\n|---|\n| 1 |')).toMatch(/^<table tabindex="0">/);
		expect(renderMarkdown('Plain `code` in a line.')).not.toContain('tabindex');
	});
});
