// The HTML an item shows. Bundled items carry HTML rendered at build time from our own content.
// Anything else (the user's own cards, and whatever a backup or CSV import brought in) is rendered
// again here from its Markdown source through the sanitiser, so a stored HTML field that did not
// come from renderMarkdown can never reach the page.
import { USER_ID_PREFIX, type Item } from '$lib/model';
import { renderMarkdown, sanitizeHtml } from './render';

type HtmlField = 'promptHtml' | 'answerHtml' | 'explanationHtml' | 'notesHtml';

/** The Markdown source each HTML field was rendered from, where the item keeps one. */
const SOURCE_OF: Partial<Record<HtmlField, string>> = { promptHtml: 'prompt', answerHtml: 'answer' };

/** Trusted only when it came from the bundle: stored with origin 'bundle' (or straight from the bundle JSON). */
export function isBundledItem(item: Item & { origin?: string }): boolean {
	return (item.origin === undefined || item.origin === 'bundle') && !item.id.startsWith(USER_ID_PREFIX);
}

/** The HTML to put in the page for one of the item's rendered fields. */
export function itemHtml(item: Item & { origin?: string }, field: HtmlField): string {
	const fields = item as unknown as Record<string, unknown>;
	const html = typeof fields[field] === 'string' ? (fields[field] as string) : '';
	if (isBundledItem(item)) return html;
	const sourceKey = SOURCE_OF[field];
	const source = sourceKey ? fields[sourceKey] : undefined;
	return typeof source === 'string' ? renderMarkdown(source) : html && sanitizeHtml(html);
}
