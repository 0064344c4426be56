// Markdown written by the user (own cards) or brought in from a file (backup, CSV import) becomes
// HTML here and nowhere else. Two layers, so one mistake is not enough for a payload to run:
//   1. marked renders GFM, but raw HTML in the source is shown as text, never passed through;
//   2. DOMPurify then keeps only an allow-list of plain formatting tags and attributes.
// Bundled content is trusted and rendered at build time by $lib/content/markdown instead.
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { isAllowedHref, isAllowedImageSrc, isExternalHref } from './urls';

/** Made on first use, so importing this module costs nothing until Markdown is rendered. */
let marked: Marked | null = null;

function getMarked(): Marked {
	marked ??= new Marked({
		gfm: true,
		async: false,
		renderer: {
			// Raw HTML (`<img onerror=…>`, `<script>`) is shown as the text the user typed.
			html({ text, block }: Tokens.HTML | Tokens.Tag): string {
				const escaped = escapeHtml(text);
				return block ? `<p>${escaped.trim()}</p>\n` : escaped;
			},
			// Task lists: a checkbox would be a form control; a character says the same thing.
			checkbox({ checked }: Tokens.Checkbox): string {
				return checked ? '☑ ' : '☐ ';
			}
		}
	});
	return marked;
}

/** Plain formatting only: no style, no forms, no embedded documents, no SVG or MathML. */
const ALLOWED_TAGS = [
	'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
	'strong', 'em', 'b', 'i', 'del', 's', 'code', 'pre', 'kbd', 'sup', 'sub',
	'blockquote', 'ul', 'ol', 'li', 'a', 'img',
	'table', 'thead', 'tbody', 'tr', 'th', 'td'
];
/** `align` is how marked aligns GFM table columns; `start` numbers an ordered list. */
const ALLOWED_ATTR = ['href', 'title', 'src', 'alt', 'align', 'start'];

let purifier: Purifier | null = null;

/** One private DOMPurify instance with our hooks, made on first use (it needs a window). */
function getPurifier(): Purifier {
	if (purifier) return purifier;
	if (typeof window === 'undefined') {
		throw new Error('renderMarkdown needs a DOM: in a vitest file, add `// @vitest-environment jsdom` on line 1.');
	}
	const instance = DOMPurify(window);
	instance.addHook('uponSanitizeAttribute', (node, data) => {
		const tag = node.nodeName.toLowerCase();
		if (data.attrName === 'href' && !isAllowedHref(data.attrValue)) data.keepAttr = false;
		if (data.attrName === 'src' && !(tag === 'img' && isAllowedImageSrc(data.attrValue))) data.keepAttr = false;
	});
	instance.addHook('afterSanitizeAttributes', (node) => {
		const tag = node.nodeName.toLowerCase();
		// A link whose target was refused is just its text.
		if (tag === 'a' && !node.hasAttribute('href')) node.replaceWith(...node.childNodes);
		else if (tag === 'a') {
			// The app must not hand its window to another page, nor tell it where the link was.
			node.setAttribute('rel', 'noopener noreferrer');
			if (isExternalHref(node.getAttribute('href') ?? '')) node.setAttribute('target', '_blank');
			else node.removeAttribute('target');
		}
		// Code blocks and tables scroll sideways on a phone (app.css): focusable, a keyboard can scroll them too.
		if (tag === 'pre' || tag === 'table') node.setAttribute('tabindex', '0');
		// A remote image would be a request leaving the device: show its description instead.
		if (tag === 'img' && !node.hasAttribute('src')) {
			const alt = node.getAttribute('alt')?.trim();
			node.replaceWith(node.ownerDocument.createTextNode(alt ? `[image: ${alt}]` : '[image]'));
		}
	});
	purifier = instance;
	return instance;
}

/** Keeps only allow-listed tags and attributes; anything else goes, its text kept where harmless. */
export function sanitizeHtml(html: string): string {
	return getPurifier().sanitize(html, {
		ALLOWED_TAGS,
		ALLOWED_ATTR,
		ALLOW_DATA_ATTR: false,
		ALLOW_ARIA_ATTR: false,
		ALLOW_UNKNOWN_PROTOCOLS: false,
		// Content of dropped elements like <style> or <script> must not come back as text either.
		KEEP_CONTENT: true,
		FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'title', 'textarea', 'iframe', 'noembed', 'noframes', 'xmp', 'svg', 'math', 'select', 'option'],
		RETURN_TRUSTED_TYPE: false
	}) as string;
}

/** User or imported Markdown → sanitised HTML, safe for `{@html}`. Empty input gives ''. */
export function renderMarkdown(src: string): string {
	if (!src.trim()) return '';
	return sanitizeHtml(getMarked().parse(src, { async: false }) as string);
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
