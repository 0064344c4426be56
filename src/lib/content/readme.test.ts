import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileContent, type SourceFile } from './compile.ts';
import { ITEM_KINDS } from '../model/index.ts';

describe('content/README.md', () => {
	it('has an example of every kind, and every example compiles', () => {
		const readme = readFileSync('content/README.md', 'utf8');
		const examples = [...readme.matchAll(/^(`{3,4})markdown\n([\s\S]*?)^\1$/gm)].map((m) => m[2]);
		const files: SourceFile[] = examples.map((text) => ({
			// A scenario must sit in its own folder; other kinds anywhere.
			path: text.includes('kind: scenario') ? 'content/scenarios/example/scenario.md' : `content/examples/${examples.indexOf(text)}.md`,
			text
		}));
		files.push(
			{ path: 'content/decks.yaml', text: readFileSync('content/decks.yaml', 'utf8') },
			{ path: 'content/datasets/shop.sql', text: '-- title: Shop\nSELECT 1;' },
			{ path: 'content/datasets/card-payments.sql', text: '-- title: Card payments\nSELECT 1;' }
		);
		const kinds = new Set(compileContent(files).items.map((item) => item.kind));
		expect([...kinds].sort()).toEqual([...ITEM_KINDS].sort());
	});
});
