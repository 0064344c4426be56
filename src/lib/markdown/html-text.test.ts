import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, looksLikeHtml } from './html-text';

describe('htmlToMarkdown', () => {
	it('keeps line breaks, paragraphs and lists as Markdown text', () => {
		expect(htmlToMarkdown('<div>One</div><div>Two<br/>Three</div><ul><li>a</li><li>b</li></ul>')).toBe('One\n\nTwo\nThree\n\n- a\n- b');
	});

	it('turns bold, italics and code into Markdown marks', () => {
		expect(htmlToMarkdown('<b>x</b> <em>y</em> <code>SELECT 1</code>')).toBe('**x** *y* `SELECT 1`');
	});

	it('drops scripts and styles with their content, and every other tag with its attributes', () => {
		expect(htmlToMarkdown('<script>alert(1)</script><style>p{}</style><span onclick="x()">kept</span><img src=x onerror=alert(1)>')).toBe('kept');
	});

	it('decodes entities once, so escaped markup comes back as text for the renderer to escape', () => {
		expect(htmlToMarkdown('a &lt;script&gt; b &amp;amp; c&nbsp;d &#x41;&#66;')).toBe('a <script> b &amp; c d AB');
	});

	it('leaves an unknown entity and an out-of-range code point as written', () => {
		expect(htmlToMarkdown('&bogus; &#9999999;')).toBe('&bogus; &#9999999;');
	});
});

describe('looksLikeHtml', () => {
	it('spots common formatting tags and entities, not comparisons', () => {
		expect(looksLikeHtml('a<br>b')).toBe(true);
		expect(looksLikeHtml('x &amp; y')).toBe(true);
		expect(looksLikeHtml('a < b and c > d')).toBe(false);
		expect(looksLikeHtml('Vec<String>')).toBe(false);
	});
});
