import { describe, expect, it } from 'vitest';
import { checkCloze, clozeRounds, firstLetters } from './index';
import { scriptItem } from './test-items';

describe('firstLetters', () => {
	it('cuts each word to its first letter and keeps punctuation', () => {
		expect(firstLetters("Before I design anything, I'd ask")).toBe('B I d a, I a');
	});

	it('keeps line breaks and works outside Latin script', () => {
		expect(firstLetters('Now the indexes.\nThen — partitions!')).toBe('N t i.\nT — p!');
		expect(firstLetters('Сначала запросы, потом таблицы.')).toBe('С з, п т.');
	});
});

describe('clozeRounds', () => {
	const item = scriptItem({
		script: "That's the table; now the indexes. A partial index stays small.",
		mustSay: ['now the indexes', 'a partial index']
	});

	it('makes one round per must-say phrase with that phrase blanked, as the script writes it', () => {
		const rounds = clozeRounds(item);
		expect(rounds).toEqual([
			{
				blank: 0,
				phrase: 'now the indexes',
				segments: [{ text: "That's the table; " }, { blank: 0, answer: 'now the indexes' }, { text: '. A partial index stays small.' }]
			},
			{
				blank: 1,
				phrase: 'a partial index',
				segments: [{ text: "That's the table; now the indexes. " }, { blank: 1, answer: 'A partial index' }, { text: ' stays small.' }]
			}
		]);
	});
});

describe('checkCloze', () => {
	it('forgives case, punctuation and contractions', () => {
		expect(checkCloze('Customer-ID, then placed_at DESCENDING.', 'customer id then placed at descending')).toBe(true);
		expect(checkCloze("we won't", 'we will not')).toBe(true);
	});

	it('accepts synonyms and rejects missing or extra words', () => {
		expect(checkCloze('fully normalized', 'fully normalised', { normalised: ['normalized'] })).toBe(true);
		expect(checkCloze('partial index', 'a partial index')).toBe(false);
		expect(checkCloze('a big partial index', 'a partial index')).toBe(false);
		expect(checkCloze('', 'a partial index')).toBe(false);
	});
});
