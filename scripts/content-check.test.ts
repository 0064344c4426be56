import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
	spawnSync(process.execPath, ['--import', 'tsx', 'scripts/content-check.ts', ...args], { encoding: 'utf8' });

describe('content:check', () => {
	it('prints a table and, with --json, ends with one JSON summary line', () => {
		const result = run('tests/fixtures/content/valid', '--json');
		expect(result.status).toBe(0);
		const out = result.stdout;
		const lines = out.trim().split('\n');
		expect(out).toMatch(/kind\s+items\s+cards/);
		expect(JSON.parse(lines.at(-1)!)).toEqual({
			counts: { concept: 1, script: 1, table: 1, sequence: 1, sql: 1, python: 1, scenario: 1 },
			decks: { modeling: 3, sql: 3, design: 1 },
			total: 7
		});
	});

	it('exits 1 and lists the problems when content is invalid', () => {
		const result = run('tests/fixtures/content/broken');
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('tests/fixtures/content/broken/concepts/no-id.md: field "id" is missing');
	});
});
