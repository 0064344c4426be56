// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown, sanitizeHtml } from './render';
import { isAllowedHref, isAllowedImageSrc } from './urls';

/** Hostile inputs, each written as a user (or an imported file) could write it into a card. */
const PAYLOADS: Record<string, string> = {
	'script tag': '<script>alert(1)</script>',
	'script tag, mixed case and spaced': '<ScRiPt >alert(1)</sCrIpT >',
	'script split across lines': 'hello\n\n<script\n>alert(1)</script\n>',
	'img onerror': '<img src=x onerror=alert(1)>',
	'img onerror, no quotes no spaces': '<img/src=x/onerror=alert(1)>',
	'body onload': '<body onload=alert(1)>',
	'svg onload': '<svg onload=alert(1)>',
	'svg with script': '<svg><script>alert(1)</script></svg>',
	'svg animate href': '<svg><a><animate attributeName=href values=javascript:alert(1) /><text y=20>x</text></a></svg>',
	iframe: '<iframe src="javascript:alert(1)"></iframe>',
	'iframe srcdoc': '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
	style: '<style>body{background:url(javascript:alert(1))}</style>',
	'style attribute': '<p style="background:url(javascript:alert(1))">x</p>',
	form: '<form action="javascript:alert(1)"><button>go</button></form>',
	'input autofocus': '<input autofocus onfocus=alert(1)>',
	'details ontoggle': '<details open ontoggle=alert(1)>',
	'object data': '<object data="javascript:alert(1)"></object>',
	'embed src': '<embed src="data:text/html,<script>alert(1)</script>">',
	'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
	'base href': '<base href="javascript:alert(1)//">',
	'link javascript: html': '<a href="javascript:alert(1)">x</a>',
	'markdown link javascript:': '[x](javascript:alert(1))',
	'markdown link, mixed case': '[x](JaVaScRiPt:alert(1))',
	'markdown link, leading space and tab': '[x]( \tjavascript:alert(1))',
	'markdown link, entity-encoded j': '[x](&#106;avascript:alert(1))',
	'markdown link, hex entity colon': '[x](javascript&#x3A;alert(1))',
	'markdown link, named entity colon': '[x](javascript&colon;alert(1))',
	'markdown link, newline inside scheme': '[x](<java\nscript:alert(1)>)',
	'markdown link, tab inside scheme': '[x](java\tscript:alert(1))',
	'markdown link, data:text/html': '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'markdown link, vbscript:': '[x](vbscript:msgbox(1))',
	'markdown link, VBScript mixed case': '[x](VbScRiPt:msgbox(1))',
	'reference link javascript:': '[x][evil]\n\n[evil]: javascript:alert(1)',
	'autolink javascript:': '<javascript:alert(1)>',
	'markdown image javascript:': '![x](javascript:alert(1))',
	'markdown image onerror via title': '![x](y "onerror=alert(1)")',
	'markdown image svg data': '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
	'markdown image remote': '![tracker](https://evil.example/pixel.png)',
	'markdown image protocol-relative': '![tracker](//evil.example/pixel.png)',
	'link text with html': '[<img src=x onerror=alert(1)>](https://example.com)',
	'mXSS noscript': '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	'mXSS title': '<title><img src=x onerror=alert(1)></title>',
	'mXSS textarea': '<textarea><img src=x onerror=alert(1)></textarea>',
	'mXSS math mglyph style': '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'mXSS math mtext form': '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
	'mXSS svg style': '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
	'html comment breakout': '<!--><img src=x onerror=alert(1)>-->',
	'html comment bang': '<!--!><img src=x onerror=alert(1)>-->',
	'conditional comment': '<!--[if]><script>alert(1)</script><![endif]-->',
	'cdata': '<![CDATA[<img src=x onerror=alert(1)>]]>',
	'template': '<template><img src=x onerror=alert(1)></template>',
	'code span with html': '`<img src=x onerror=alert(1)>`',
	'fenced code with html': '```html\n<script>alert(1)</script>\n```',
	'table cell with html': '| a |\n|---|\n| <img src=x onerror=alert(1)> |',
	'srcset': '<img srcset="x 1x" onerror=alert(1)>',
	'xlink href': '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
	'formaction': '<button formaction="javascript:alert(1)">x</button>',
	'dom clobbering': '<img name="getElementById"><form id="x"></form>',
	'null byte in scheme': '[x](java\u0000script:alert(1))'
};

const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'background', 'srcdoc'];
const FORBIDDEN_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'meta', 'base', 'link', 'template', 'noscript', 'title', 'body', 'details']);

/** What would run or leak if this HTML were put in the page: empty when nothing. */
function executableSurface(html: string): string[] {
	const doc = new DOMParser().parseFromString(`<!doctype html><body><div id="root">${html}</div>`, 'text/html');
	const found: string[] = [];
	const root = doc.getElementById('root');
	if (!root) return ['output broke out of its container'];
	for (const el of root.querySelectorAll('*')) {
		const tag = el.localName;
		if (FORBIDDEN_TAGS.has(tag) || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${tag}>`);
		for (const attr of el.attributes) {
			const name = attr.name.toLowerCase();
			if (name.startsWith('on')) found.push(`${tag}[${name}]`);
			if (name === 'style' || name === 'id' || name === 'name') found.push(`${tag}[${name}]`);
			if (URL_ATTRS.includes(name)) {
				const ok = name === 'href' ? isAllowedHref(attr.value) : name === 'src' && tag === 'img' && isAllowedImageSrc(attr.value);
				if (!ok) found.push(`${tag}[${name}=${attr.value}]`);
				if (/^\s*(javascript|vbscript|data:text)/i.test(attr.value.replace(/[\s\u0000-\u001f]/g, ''))) found.push(`${tag}[${name}=${attr.value}]`);
			}
		}
	}
	return found;
}

describe('renderMarkdown against hostile input', () => {
	for (const [name, payload] of Object.entries(PAYLOADS)) {
		it(`leaves nothing executable: ${name}`, () => {
			const html = renderMarkdown(payload);
			expect(executableSurface(html), html).toEqual([]);
			// Re-sanitising the output changes nothing (no mutation on a second parse).
			const reparsed = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
			expect(executableSurface(reparsed)).toEqual([]);
		});
	}

	// marked already shows raw HTML as text; the sanitiser must hold on its own too (defence in depth).
	for (const [name, payload] of Object.entries(PAYLOADS)) {
		it(`the sanitiser alone leaves nothing executable: ${name}`, () => {
			const html = sanitizeHtml(payload);
			expect(executableSurface(html), html).toEqual([]);
		});
	}

	it('the sanitiser keeps the text of dropped elements only where harmless', () => {
		expect(sanitizeHtml('<p>ok<script>alert(1)</script></p>')).toBe('<p>ok</p>');
		expect(sanitizeHtml('<p>a <span onclick="x()">b</span></p>')).toBe('<p>a b</p>');
		expect(sanitizeHtml('<a href="javascript:alert(1)">x</a>')).toBe('x');
		expect(sanitizeHtml('<a href="https://a.b" target="_self" onclick="x">y</a>')).toBe('<a href="https://a.b" rel="noopener noreferrer" target="_blank">y</a>');
	});

	it('shows raw HTML as the text the user typed', () => {
		const html = renderMarkdown('<img src=x onerror=alert(1)>');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(new DOMParser().parseFromString(html, 'text/html').body.textContent).toContain('<img src=x onerror=alert(1)>');
	});

	it('keeps the text of a link whose target was refused, without a link', () => {
		const html = renderMarkdown('see [the docs](javascript:alert(1)) now');
		expect(html).toBe('<p>see the docs now</p>\n');
	});

	it('shows a refused image as its description', () => {
		expect(renderMarkdown('![a chart](https://evil.example/x.png)')).toBe('<p>[image: a chart]</p>\n');
		expect(renderMarkdown('![](https://evil.example/x.png)')).toBe('<p>[image]</p>\n');
	});

	it('the surface check itself notices a handler, a script and a bad link', () => {
		expect(executableSurface('<img src="x" onerror="alert(1)">')).toContain('img[onerror]');
		expect(executableSurface('<script>1</script>')).toContain('<script>');
		expect(executableSurface('<a href="javascript:alert(1)">x</a>').length).toBeGreaterThan(0);
		expect(executableSurface('<svg></svg>')).toContain('<svg>');
	});
});

describe('renderMarkdown keeps ordinary Markdown', () => {
	it('renders emphasis, code, lists and headings', () => {
		const html = renderMarkdown('## Grain\n\n**Bold** and *em* and `code`.\n\n- one\n- two\n\n3. three\n4. four');
		expect(html).toContain('<h2>Grain</h2>');
		expect(html).toContain('<strong>Bold</strong>');
		expect(html).toContain('<em>em</em>');
		expect(html).toContain('<code>code</code>');
		expect(html).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
		expect(html).toContain('<ol start="3">');
	});

	it('renders fenced code with its text intact and escaped', () => {
		expect(renderMarkdown('```sql\nSELECT a < b FROM t;\n```')).toBe('<pre tabindex="0"><code>SELECT a &lt; b FROM t;\n</code></pre>\n');
	});

	it('makes code blocks and tables, which scroll sideways on a phone, reachable by keyboard', () => {
		expect(renderMarkdown('| a |\n|---|\n| 1 |')).toMatch(/^<table tabindex="0">/);
		expect(renderMarkdown('[x](https://example.org)')).not.toContain('tabindex');
	});

	it('renders GFM tables with alignment and strikethrough', () => {
		const html = renderMarkdown('| key | value |\n|:---|---:|\n| a | ~~1~~ |');
		expect(html).toContain('<th align="left">key</th>');
		expect(html).toContain('<td align="right"><del>1</del></td>');
	});

	it('opens web links in a new tab without handing over the window', () => {
		expect(renderMarkdown('[docs](https://example.com/a?b=1)')).toBe(
			'<p><a href="https://example.com/a?b=1" rel="noopener noreferrer" target="_blank">docs</a></p>\n'
		);
	});

	it('keeps mailto and in-app links in the same tab', () => {
		expect(renderMarkdown('[mail](mailto:me@example.com) [here](/practice/x)')).toBe(
			'<p><a href="mailto:me@example.com" rel="noopener noreferrer">mail</a> <a href="/practice/x" rel="noopener noreferrer">here</a></p>\n'
		);
	});

	it('keeps inline raster images and same-origin images', () => {
		const png = 'data:image/png;base64,iVBORw0KGgo=';
		expect(renderMarkdown(`![dot](${png})`)).toBe(`<p><img src="${png}" alt="dot"></p>\n`);
		expect(renderMarkdown('![icon](/icons/icon-192.png)')).toBe('<p><img src="/icons/icon-192.png" alt="icon"></p>\n');
	});

	it('shows task list boxes as characters, not form controls', () => {
		expect(renderMarkdown('- [x] done\n- [ ] todo')).toBe('<ul>\n<li>☑ done</li>\n<li>☐ todo</li>\n</ul>\n');
	});

	it('gives empty output for empty input', () => {
		expect(renderMarkdown('')).toBe('');
		expect(renderMarkdown('  \n ')).toBe('');
	});
});

describe('URL rules', () => {
	it('links: web, mail and relative only', () => {
		for (const ok of ['https://a.b', 'HTTP://a.b', 'mailto:x@y.z', '/x', 'x/y', '#top', '?q=1', '']) expect(isAllowedHref(ok), ok).toBe(true);
		for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:x', 'java\tscript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'tel:1', 'java\u0000script:x']) {
			expect(isAllowedHref(bad), bad).toBe(false);
		}
	});

	it('images: inline raster or same origin only', () => {
		for (const ok of ['data:image/png;base64,AAAA', 'data:image/webp;base64,AA==', '/icons/a.png', 'a.png']) expect(isAllowedImageSrc(ok), ok).toBe(true);
		for (const bad of ['https://x.y/a.png', '//x.y/a.png', '/\\x.y/a.png', 'data:image/svg+xml;base64,AA', 'data:text/html,x', 'javascript:x', '']) {
			expect(isAllowedImageSrc(bad), bad).toBe(false);
		}
	});
});
