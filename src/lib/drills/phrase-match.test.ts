import { describe, expect, it } from 'vitest';
import { essentialWords, findPhrase } from './phrase-match';

const w = (text: string) => text.split(' ');

describe('findPhrase', () => {
	it('finds the phrase word for word first', () => {
		expect(findPhrase(w('so now the index go on'), w('now the index'))).toEqual({ from: 1, to: 3, exact: true });
	});

	it('accepts the phrase’s words in another order, close together', () => {
		expect(findPhrase(w('a composite on placed at descending then customer id'), w('customer id then placed at descending'))).toEqual({
			from: 3,
			to: 8,
			exact: false
		});
	});

	it('lets the small words go and a word or two sit in between', () => {
		expect(findPhrase(w('the delivery fee really lives with the order'), w('the delivery fee lives on the order'))).not.toBeNull();
		expect(findPhrase(w('a unique constraint on order id'), w('unique on'))).not.toBeNull();
	});

	it('gives the tightest place it is said, not an earlier word that repeats one of its words', () => {
		expect(findPhrase(w('fee goes here the delivery fee lives with the order'), w('the delivery fee lives on the order'))).toEqual({
			from: 4,
			to: 9,
			exact: false
		});
	});

	it('refuses a phrase whose words are scattered or one of them missing', () => {
		expect(findPhrase(w('the delivery fee goes on every item row so sum the order'), w('the delivery fee lives on the order'))).toBeNull();
		expect(findPhrase(w('count unique customers'), w('unique on'))).toBeNull();
		expect(findPhrase(w('delivery fee lives on the item'), w('the delivery fee lives on the order'))).toBeNull();
	});

	it('keeps every word of a phrase with fewer than two content words', () => {
		expect(essentialWords(w('unique on'))).toEqual(['unique', 'on']);
		expect(essentialWords(w('stop me'))).toEqual(['stop', 'me']);
		expect(essentialWords(w('the source of truth'))).toEqual(['source', 'truth']);
	});
});
