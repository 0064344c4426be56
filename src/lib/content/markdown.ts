import { Marked } from 'marked';

// A private instance so no other code's marked.use() changes how content renders.
const marked = new Marked({ gfm: true, async: false });

/** Markdown → HTML, at build time only. Content is ours and trusted, so HTML is not sanitised. */
export function renderMarkdown(markdown: string): string {
	return markdown.trim() ? focusableScrollers(marked.parse(markdown, { async: false }) as string) : '';
}

/** Code blocks and tables scroll sideways on a phone (app.css): focusable, a keyboard can scroll them too. */
function focusableScrollers(html: string): string {
	return html.replaceAll('<pre>', '<pre tabindex="0">').replaceAll('<table>', '<table tabindex="0">');
}
