import { describe, expect, it } from 'vitest';
import { normalizeWords, tokenize } from './index';

describe('normalizeWords', () => {
	it('expands contractions so "I\'d" and "I would" compare equal', () => {
		expect(normalizeWords("I'd ask")).toEqual(normalizeWords('I would ask'));
		expect(normalizeWords("won't")).toEqual(['will', 'not']);
		expect(normalizeWords("it's we're they've you'll I'm isn't can't let's")).toEqual(
			['it', 'is', 'we', 'are', 'they', 'have', 'you', 'will', 'i', 'am', 'is', 'not', 'can', 'not', 'let', 'us']
		);
		expect(normalizeWords('cannot')).toEqual(normalizeWords("can't"));
	});

	it('reads typographic apostrophes as phones type them', () => {
		expect(normalizeWords('I’d say it’s fine')).toEqual(['i', 'would', 'say', 'it', 'is', 'fine']);
	});

	it('keeps possessives as one word rather than inventing an "is"', () => {
		expect(normalizeWords("the customer's orders")).toEqual(['the', 'customers', 'orders']);
	});

	it('forgives case, punctuation and accents', () => {
		expect(normalizeWords('  Now — the INDEXES!!  (naïve) ')).toEqual(['now', 'the', 'indexes', 'naive']);
		expect(normalizeWords('B-tree on customer_id')).toEqual(['b', 'tree', 'on', 'customer', 'id']);
	});

	it('maps listed synonyms, single words and phrases, to the canonical form', () => {
		const synonyms = { normalised: ['normalized'], 'foreign key': ['fk', 'reference key'] };
		expect(normalizeWords('Normalized, with an FK', synonyms)).toEqual(['normalised', 'with', 'an', 'foreign', 'key']);
		expect(normalizeWords('a reference key', synonyms)).toEqual(['a', 'foreign', 'key']);
	});

	it('splits Cyrillic and Greek into words and Han or Kana into single characters', () => {
		expect(normalizeWords('Сначала — запросы. Πρώτα τα ερωτήματα')).toEqual(['сначала', 'запросы', 'πρωτα', 'τα', 'ερωτηματα']);
		expect(normalizeWords('数据库の設計')).toEqual(['数', '据', '库', 'の', '設', '計']);
	});
});

describe('tokenize', () => {
	it('keeps the span of the word each token came from', () => {
		const text = "Well, I'd index it.";
		const tokens = tokenize(text);
		expect(tokens.map((t) => [t.norm, text.slice(t.start, t.end)])).toEqual([
			['well', 'Well'],
			['i', "I'd"],
			['would', "I'd"],
			['index', 'index'],
			['it', 'it']
		]);
	});

	it('gives a synonym the span of what was written', () => {
		const text = 'fully normalized';
		const [, token] = tokenize(text, { normalised: ['normalized'] });
		expect(token.norm).toBe('normalised');
		expect(text.slice(token.start, token.end)).toBe('normalized');
	});
});
