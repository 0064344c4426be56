// Typed-recall scoring time for a 150-word script, in Node (the scorer is pure TypeScript; the
// browser runs the same code). The script is two real scripts from content/ joined to 150 words;
// the attempt drops a sentence and reorders two clauses, the expensive path through the diff.
import { loadContent } from '../../src/lib/content/load.ts';
import type { ScriptItem } from '../../src/lib/model/index.ts';
import { scoreRecall } from '../../src/lib/drills/index.ts';
import { median, percentile } from './stats.ts';

export async function timeScoring(samples = 300): Promise<{ words: number; median: number; p95: number }> {
	const bundle = await loadContent();
	const scripts = bundle.items.filter((item): item is ScriptItem => item.kind === 'script');
	scripts.sort((a, b) => b.script.length - a.script.length);
	const words = `${scripts[0].script} ${scripts[1].script}`.split(/\s+/).slice(0, 150);
	const item: ScriptItem = { ...scripts[0], script: words.join(' ') };
	const sentences = item.script.split(/(?<=\.)\s+/);
	const attempt = [sentences[1], sentences[0], ...sentences.slice(3)].join(' ');
	const times: number[] = [];
	for (let i = 0; i < samples; i++) {
		const start = performance.now();
		scoreRecall(item, attempt);
		times.push(performance.now() - start);
	}
	const warm = times.slice(20);
	return { words: words.length, median: median(warm), p95: percentile(warm, 95) };
}
