// HTML from an imported file is never trusted and never stored as HTML (and a bundled script's
// rendered notes become Markdown again when the script is duplicated into the user's cards). A file that says `#html:true`
// (or looks like HTML) is turned into Markdown text here: line breaks, paragraphs, lists and the
// usual bold/italic/code marks survive; every other tag is dropped. The result is then rendered by
// renderMarkdown like anything the user typed, which escapes any HTML left and sanitises the output.


/** Tags that make a field look like HTML (Anki's own guess is similar: any tag-like text). */
const HTML_HINT = /<\/?(br|div|p|b|i|u|strong|em|span|ul|ol|li|code|pre|sub|sup|img|a|font|h[1-6]|table|tr|td)\b[^>]*>|&(nbsp|amp|lt|gt|quot|#\d+);/i;

export function looksLikeHtml(text: string): boolean {
	return HTML_HINT.test(text);
}

/** HTML → Markdown-ish plain text. Example: `a<br><b>b</b>` → `a\n**b**`. */
export function htmlToMarkdown(html: string): string {
	const text = html
		.replace(/<!--[\s\S]*?-->/g, '')
		// Whole elements whose content is not text to keep.
		.replace(/<(script|style|template|svg|math|iframe|object|textarea|select)\b[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/\r\n?/g, '\n')
		.replace(/<br\s*\/?>/gi, '\n')
		// The newline between rendered `</li>` and `<li>` would make a loose list (a paragraph per item).
		.replace(/<\/li\s*>\s*/gi, '')
		.replace(/<li\b[^>]*>/gi, '\n- ')
		.replace(/<\/(p|div|h[1-6]|ul|ol|table|tr|blockquote|pre)\s*>/gi, '\n\n')
		.replace(/<(p|div|h[1-6]|ul|ol|table|tr|blockquote|pre)\b[^>]*>/gi, '\n')
		.replace(/<\/?(b|strong)\b[^>]*>/gi, '**')
		.replace(/<\/?(i|em)\b[^>]*>/gi, '*')
		.replace(/<\/?code\b[^>]*>/gi, '`')
		.replace(/<\/t[dh]\s*>/gi, ' ')
		.replace(/<[^>]*>/g, '');
	return decodeEntities(text)
		.replace(/\u00a0/g, ' ')
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** `&amp;`, `&#39;`, `&#x1F600;` and the few named entities Anki writes → their characters. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
	});
}
