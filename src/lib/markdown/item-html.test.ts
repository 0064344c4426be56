// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { conceptItem } from '$lib/db/testing';
import { itemHtml } from './item-html';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('itemHtml', () => {
	it('shows bundled HTML as compiled', () => {
		const item = { ...conceptItem('grain', { promptHtml: '<p>Trusted <abbr>HTML</abbr></p>' }), origin: 'bundle' };
		expect(itemHtml(item, 'promptHtml')).toBe('<p>Trusted <abbr>HTML</abbr></p>');
	});

	it('renders a user item from its Markdown, ignoring whatever HTML was stored with it', () => {
		const item = { ...conceptItem('mine-1', { prompt: '**Why?**', promptHtml: HOSTILE }), origin: 'user' };
		expect(itemHtml(item, 'promptHtml')).toBe('<p><strong>Why?</strong></p>\n');
	});

	it('sanitises stored HTML that has no Markdown source, for any item not from the bundle', () => {
		const sql = { ...conceptItem('imported'), origin: 'user', explanationHtml: `<p>ok</p>${HOSTILE}` };
		expect(itemHtml(sql as never, 'explanationHtml')).toBe('<p>ok</p><img src="x">');
	});

	it('does not trust a mine- id even when it claims to be bundled', () => {
		const item = { ...conceptItem('mine-2', { answer: 'plain', answerHtml: HOSTILE }), origin: 'bundle' };
		expect(itemHtml(item, 'answerHtml')).toBe('<p>plain</p>\n');
	});
});
