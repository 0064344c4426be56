// Typed recall, judged on answers a user would really type for real scripts in content/scripts:
// rephrasings that keep every key point must be suggested Good, and answers that miss the point
// must be suggested Again, however many of the script's words they happen to share. Regression
// for issue 14: a fair paraphrase scored "0 of 4 key phrases · Again".
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '$lib/content/load';
import type { Grade, ScriptItem } from '$lib/model';
import { scoreRecall } from './index';
import { MISSES, PARAPHRASES } from './recall-corpus.cases';

let scripts: Map<string, ScriptItem>;

beforeAll(async () => {
	const bundle = await loadContent();
	scripts = new Map(bundle.items.filter((item): item is ScriptItem => item.kind === 'script').map((item) => [item.id, item]));
});

function grade(scriptId: string, attempt: string): { grade: Grade; summary: string; missing: string[] } {
	const item = scripts.get(scriptId);
	if (!item) throw new Error(`no script ${scriptId} in content/scripts`);
	const score = scoreRecall(item, attempt);
	return { grade: score.suggestedGrade, summary: score.summary, missing: score.missingPhrases };
}

describe('typed recall on real scripts', () => {
	it('has a corpus of at least 20 paraphrases and 20 misses over several scripts', () => {
		expect(PARAPHRASES.length).toBeGreaterThanOrEqual(20);
		expect(MISSES.length).toBeGreaterThanOrEqual(20);
		expect(new Set(PARAPHRASES.map(([id]) => id)).size).toBeGreaterThanOrEqual(10);
	});

	it.each(PARAPHRASES)('suggests Good for a fair paraphrase of %s: %s', (scriptId, attempt) => {
		const result = grade(scriptId, attempt);
		expect(result, result.summary).toMatchObject({ grade: 3, missing: [] });
	});

	it.each(MISSES)('suggests Again for an answer to %s that misses the point: %s', (scriptId, attempt) => {
		expect(grade(scriptId, attempt).grade).toBe(1);
	});
});
