import { describe, expect, it } from 'vitest';
import { countFillers, findFillers, scoreSpoken, surfaceWords, tokenize } from './index';
import { scriptItem } from './test-items';

const fillersIn = (text: string) => countFillers(findFillers(tokenize(text)));

describe('fillers', () => {
	it('counts hesitations and hedges, folding spellings', () => {
		expect(fillersIn('Um, so, umm, basically we, uh, sort of index it, you know, literally everything. Erm.')).toEqual([
			{ word: 'um', count: 2 },
			{ word: 'basically', count: 1 },
			{ word: 'erm', count: 1 },
			{ word: 'literally', count: 1 },
			{ word: 'sort of', count: 1 },
			{ word: 'uh', count: 1 },
			{ word: 'you know', count: 1 }
		]);
	});

	it('counts "like" as a filler only where it is not a verb or a comparison', () => {
		expect(fillersIn("I'd like to ask, and it looks like a ledger, something like that")).toEqual([]);
		expect(fillersIn('so like the table like grows fast')).toEqual([{ word: 'like', count: 2 }]);
	});

	it('does not count "kind of" after a determiner, or "you know" with an object', () => {
		expect(fillersIn('what kind of index, the sort of load, do you know what it is, you know the answer')).toEqual([]);
		expect(fillersIn('it is kind of slow')).toEqual([{ word: 'kind of', count: 1 }]);
	});
});

describe('scoreSpoken', () => {
	const item = scriptItem();

	it('reports words per minute, fillers and a pace note', () => {
		const transcript = `um ${item.script} uh basically`;
		const score = scoreSpoken(item, transcript, 30_000);
		// Every word said counts, fillers included ("B-tree" is two).
		expect(score.wordsPerMinute).toBe(surfaceWords(transcript).length * 2);
		expect(score.wordsPerMinute).toBe(180);
		expect(score.fillers).toEqual([
			{ word: 'basically', count: 1 },
			{ word: 'uh', count: 1 },
			{ word: 'um', count: 1 }
		]);
		expect(score.pace).toMatchObject({ verdict: 'onTarget', seconds: 30, targetSeconds: 35 });
		expect(score.pace?.note).toBe('On target, 30 s against a 35 s target.');
		expect(scoreSpoken(item, transcript, 27_000).pace?.note).toBe(
			'On target, 27 s against a 35 s target at 200 words a minute: slow down so each point lands.'
		);
	});

	it('leaves fillers out of the wording score', () => {
		const score = scoreSpoken(item, `um ${item.script} uh, you know, basically`, 35_000);
		expect([score.coverage, score.similarity]).toEqual([1, 1]);
	});

	it('allows the fillers the script itself uses', () => {
		const script = scriptItem({ script: 'You know, the workload actually decides the shape.', mustSay: ['decides the shape'] });
		const score = scoreSpoken(script, 'you know the workload actually decides the shape, actually', 10_000);
		expect(score.fillers).toEqual([{ word: 'actually', count: 1 }]);
		expect(score.similarity).toBe(1);
	});

	it('calls a much shorter or longer answer short or long', () => {
		expect(scoreSpoken(item, item.script, 15_000).pace?.verdict).toBe('short');
		expect(scoreSpoken(item, item.script, 60_000).pace?.verdict).toBe('long');
		expect(scoreSpoken(item, item.script, 60_000).pace?.note).toMatch(/^Long: tighten it, 60 s against a 35 s target/);
	});

	it('gives no rate or pace without a duration, and scores silence as Again', () => {
		const score = scoreSpoken(item, '', 0);
		expect([score.wordsPerMinute, score.pace, score.suggestedGrade, score.fillers]).toEqual([0, null, 1, []]);
	});
});
