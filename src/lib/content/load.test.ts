import { describe, expect, it } from 'vitest';
import { contentMeta, loadContent } from './load.ts';
import { compileContent, ContentError } from './compile.ts';
import { VALID_ROOT, validFiles } from './test-files.ts';

describe('loadContent', () => {
	it('reads a content folder from disk, naming files relative to the working directory', async () => {
		const bundle = await loadContent(VALID_ROOT);
		expect(bundle.items).toHaveLength(7);
		expect(bundle.items.find((i) => i.id === 'grain')?.source).toBe(`${VALID_ROOT}/concepts/grain.md`);
		// Only the source paths differ from the in-memory set, so the item content matches.
		const inMemory = compileContent(validFiles());
		expect(bundle.items.map(({ source: _s, ...rest }) => rest)).toEqual(inMemory.items.map(({ source: _s, ...rest }) => rest));
	});

	it('reports every problem of a broken folder at once', async () => {
		const error = await loadContent('tests/fixtures/content/broken').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ContentError);
		const root = 'tests/fixtures/content/broken';
		expect((error as ContentError).problems).toEqual([
			expect.stringMatching(new RegExp(`^${root}/concepts/bad-yaml\\.md:\\d+: YAML error: `)),
			`${root}/concepts/hard.md: field "deck" must be a deck id from content/decks.yaml (got "nowhere")`,
			`${root}/concepts/hard.md: field "difficulty" must be 1, 2 or 3 (got "hard")`,
			`${root}/concepts/no-id.md: field "id" is missing`
		]);
	});
});

describe('contentMeta', () => {
	it('gives the hash, the total, the count per kind the decks and the paths', () => {
		const bundle = compileContent(validFiles());
		expect(contentMeta(bundle)).toEqual({
			hash: bundle.hash,
			total: 7,
			counts: { concept: 1, script: 1, table: 1, sequence: 1, sql: 1, python: 1, scenario: 1 },
			decks: bundle.decks,
			paths: []
		});
	});
});
