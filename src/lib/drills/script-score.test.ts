import { describe, expect, it } from 'vitest';
import { scoreRecall } from './index';
import { renderDiff } from './testing';
import { scriptItem } from './test-items';

const item = scriptItem();

describe('scoreRecall', () => {
	it('scores the script itself as complete and near-verbatim: Easy', () => {
		const score = scoreRecall(item, item.script);
		expect(score.coverage).toBe(1);
		expect(score.similarity).toBe(1);
		expect(score.suggestedGrade).toBe(4);
		expect(score.summary).toBe('3 of 3 key phrases · 100% match');
	});

	it('scores an empty answer as nothing recalled: Again', () => {
		for (const attempt of ['', '   ', '…!?']) {
			const score = scoreRecall(item, attempt);
			expect([score.coverage, score.similarity, score.suggestedGrade]).toEqual([0, 0, 1]);
			expect(score.missingPhrases).toEqual(item.mustSay);
			expect(score.summary).toBe('0 of 3 key phrases · 0% match');
		}
	});

	it('treats contractions and their expansions as the same words', () => {
		const expanded = item.script.replace("That's", 'That is').replace("I'm", 'I am');
		expect(scoreRecall(item, expanded).similarity).toBe(1);
		const short = scriptItem({ script: 'I would ask, and we will not guess.', mustSay: ['we will not guess'] });
		const score = scoreRecall(short, "I'd ask, and we won't guess");
		expect([score.coverage, score.similarity]).toEqual([1, 1]);
	});

	it('forgives case and punctuation', () => {
		const shouted = item.script.toUpperCase().replace(/[.,;]/g, ' ').replace(/-/g, ' ');
		const score = scoreRecall(item, shouted);
		expect([score.coverage, score.similarity]).toEqual([1, 1]);
	});

	it('accepts the listed synonyms, in phrases and in wording', () => {
		const hybrid = scriptItem({
			script: 'Keep the ledger normalised, and give analysts a wide copy.',
			mustSay: ['ledger normalised'],
			synonyms: { normalised: ['normalized'] }
		});
		const score = scoreRecall(hybrid, 'Keep the ledger normalized, and give analysts a wide copy.');
		expect([score.coverage, score.similarity]).toEqual([1, 1]);
	});

	it('scores a typed recall with one must-say phrase missing below Good and names the phrase', () => {
		const attempt = item.script.replace('a partial index', 'an index');
		const score = scoreRecall(item, attempt);
		expect(score.missingPhrases).toEqual(['a partial index']);
		expect(score.presentPhrases).toEqual(['now the indexes', 'customer id then placed at descending']);
		expect(score.similarity).toBeGreaterThan(0.95);
		expect(score.suggestedGrade).toBeLessThan(3);
		expect(score.summary).toMatch(/^2 of 3 key phrases · 9\d% match$/);
	});

	it('does not score reordered clauses as wrong, but keeps Easy for the script order', () => {
		const sentences = item.script.split(/(?<=\.)\s+/);
		const reordered = [sentences[2], sentences[0], sentences[1], sentences[3], sentences[4]].join(' ');
		const score = scoreRecall(item, reordered);
		expect(score.coverage).toBe(1);
		expect(score.similarity).toBe(1);
		expect(score.diff.some((op) => op.kind === 'moved')).toBe(true);
		expect(score.diff.some((op) => op.kind === 'missing' || op.kind === 'added')).toBe(false);
		expect(score.suggestedGrade).toBe(3);
	});

	it('finds phrases in any position and gives their span in the attempt', () => {
		const attempt = 'A partial index for the kitchen. Now the indexes: customer ID, then placed_at descending.';
		const score = scoreRecall(item, attempt);
		expect(score.coverage).toBe(1);
		const spans = score.phrases.map((p) => p.span && attempt.slice(p.span.start, p.span.end));
		expect(spans).toEqual(['Now the indexes', 'customer ID, then placed_at descending', 'A partial index']);
	});

	it('suggests Hard for every phrase said in loose wording, Good for close wording', () => {
		const loose = 'Now the indexes. Orders by customer id then placed at descending. And a partial index. Done.';
		expect(scoreRecall(item, loose).suggestedGrade).toBe(1);
		const close = item.script.replace('The kitchen screen only ever looks at orders still in progress,', 'The kitchen view reads open orders,');
		const score = scoreRecall(item, close);
		expect(score.coverage).toBe(1);
		expect(score.suggestedGrade).toBe(3);
	});

	it('renders the diff with markers for what was left out, added and changed', () => {
		const short = scriptItem({ script: 'Now the indexes, each tied to a query.', mustSay: ['now the indexes'] });
		const attempt = 'Now the indexes, each for one query, obviously.';
		const score = scoreRecall(short, attempt);
		expect(renderDiff(score.diff, attempt)).toBe('Now the indexes, each [-tied to a-]{+for one+} query, {+obviously+}.');
	});

	it('handles a 2,000-word paste: every phrase found, the copy located, similarity low', () => {
		const noise = Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 'the' : `filler${i % 37}`)).join(' ');
		const paste = `${noise} ${item.script} ${noise}`;
		const score = scoreRecall(item, paste);
		expect(score.attemptWords).toBeGreaterThan(2000);
		expect(score.coverage).toBe(1);
		expect(score.matchedWords).toBe(score.scriptWords);
		expect(score.diff.filter((op) => op.kind === 'same')).toHaveLength(1);
		expect(score.similarity).toBeLessThan(0.2);
		expect(score.suggestedGrade).toBe(1);
	});

	it('scores a Russian or Greek script against itself as 1, and below 1 with one word changed', () => {
		const russian = scriptItem({
			script: 'Сначала я спрошу, какие запросы должны быть быстрыми, и только потом нарисую таблицы.',
			mustSay: ['какие запросы']
		});
		expect(scoreRecall(russian, russian.script).similarity).toBe(1);
		const changedText = russian.script.replace('быстрыми', 'медленными');
		const changed = scoreRecall(russian, changedText);
		expect(changed.similarity).toBeLessThan(1);
		expect(changed.similarity).toBeGreaterThan(0.8);
		expect(renderDiff(changed.diff, changedText)).toContain('[-быстрыми-]{+медленными+}');

		const greek = scriptItem({ script: 'Πρώτα ρωτάω ποια ερωτήματα πρέπει να είναι γρήγορα.', mustSay: ['ποια ερωτήματα'] });
		expect(scoreRecall(greek, greek.script).similarity).toBe(1);
		expect(scoreRecall(greek, 'ΠΡΩΤΑ ΡΩΤΑΩ ΠΟΙΑ ΕΡΩΤΗΜΑΤΑ ΠΡΕΠΕΙ ΝΑ ΕΙΝΑΙ ΓΡΗΓΟΡΑ').similarity).toBe(1);
		expect(scoreRecall(greek, greek.script.replace('γρήγορα', 'αργά')).similarity).toBeLessThan(1);
	});

	it('scores Chinese character by character', () => {
		const chinese = scriptItem({ script: '先问查询模式，再设计表。', mustSay: ['查询模式'] });
		expect(scoreRecall(chinese, chinese.script).similarity).toBe(1);
		const score = scoreRecall(chinese, '先问查询，再设计表');
		expect(score.missingPhrases).toEqual(['查询模式']);
		expect(score.similarity).toBeLessThan(1);
	});
});
