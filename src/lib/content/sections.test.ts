import { describe, expect, it } from 'vitest';
import { bulletList, codeBlock, splitSections } from './sections.ts';

describe('splitSections', () => {
	it('splits at ## headings, keyed case-insensitively, keeping ### inside', () => {
		const split = splitSections('Intro line\n\n## Prompt\nAsk.\n### Detail\nMore.\n## HINTS ##\n- one\n');
		expect(split.intro).toBe('Intro line');
		expect(split.sections.map((s) => s.title)).toEqual(['Prompt', 'HINTS']);
		expect(split.byKey.get('prompt')?.content).toBe('Ask.\n### Detail\nMore.');
		expect(split.byKey.get('hints')?.content).toBe('- one');
	});

	it('ignores ## lines inside fenced code blocks', () => {
		const split = splitSections('## Solution\n```python\n## not a heading\nx = 1\n```\n## Tests\nok');
		expect(split.sections.map((s) => s.title)).toEqual(['Solution', 'Tests']);
		expect(split.byKey.get('solution')?.content).toContain('## not a heading');
	});

	it('lists repeated headings', () => {
		expect(splitSections('## Notes\na\n## notes\nb').duplicates).toEqual(['notes']);
	});
});

describe('codeBlock', () => {
	it('returns the first fenced block and its language', () => {
		expect(codeBlock('Text\n```SQL\nSELECT 1;\n```\n```sql\nSELECT 2;\n```')).toEqual({ lang: 'sql', code: 'SELECT 1;' });
	});

	it('accepts tilde fences and fences without a language', () => {
		expect(codeBlock('~~~\na\n~~~')).toEqual({ lang: '', code: 'a' });
	});

	it('returns null without a block or with an unclosed one', () => {
		expect(codeBlock('just text')).toBeNull();
		expect(codeBlock('```sql\nSELECT 1;')).toBeNull();
	});
});

describe('bulletList', () => {
	it('reads -, * and numbered items and joins continuation lines', () => {
		expect(bulletList('- one\n* two\n  continued\n1. three\n\nnot an item')).toEqual(['one', 'two continued', 'three']);
	});
});
