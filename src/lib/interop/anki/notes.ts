// What each kind of item becomes in Anki. Everything is a plain two-sided note except scripts,
// which keep their three parts (cue, script, must-say) as separate fields so they can be edited in
// Anki and re-imported through the CSV importer with the same column names.
//
// HTML: bundle items carry HTML rendered at build time from trusted content, and user items carry
// HTML produced by renderMarkdown (sanitised); both are used as they are. Every plain-text field
// (script text, table cells, code) is escaped here.

import { cardId, slugify } from '$lib/content';
import type { Item } from '$lib/model';
import { decodeEntities } from '$lib/markdown';

export type AnkiModelKey = 'basic' | 'script';

export interface AnkiNoteSpec {
	/** The key the guid and ids are derived from: one of our card ids, so it never changes. */
	key: string;
	model: AnkiModelKey;
	/** Field values as HTML, in the note type's field order. */
	fields: string[];
	tags: string[];
}

export const MODEL_FIELDS: Record<AnkiModelKey, string[]> = {
	basic: ['Front', 'Back'],
	script: ['Cue', 'Script', 'Must say']
};

export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Plain text with line breaks, as HTML. */
function textHtml(text: string): string {
	return escapeHtml(text.trim()).replace(/\r?\n/g, '<br>');
}

function codeHtml(code: string): string {
	return `<pre><code>${escapeHtml(code.trim())}</code></pre>`;
}

function listHtml(entries: string[], ordered = false): string {
	const tag = ordered ? 'ol' : 'ul';
	return entries.length ? `<${tag}>${entries.map((entry) => `<li>${entry}</li>`).join('')}</${tag}>` : '';
}

function titled(title: string, html: string): string {
	return `<div class="title">${escapeHtml(title)}</div>${html}`;
}

/** Anki tags cannot hold spaces; ours become `rehearse`, the kind, and each topic as a slug. */
function tagsOf(item: Item): string[] {
	return ['rehearse', `rehearse::${item.kind}`, ...item.topics.map((topic) => slugify(topic)).filter(Boolean)];
}

/** The notes one item exports as (tables: one per row; scenarios: one per key-decision card). */
export function notesOf(item: Item): AnkiNoteSpec[] {
	const tags = tagsOf(item);
	const basic = (variant: string, front: string, back: string): AnkiNoteSpec => ({
		key: cardId(item.id, variant),
		model: 'basic',
		fields: [front, back],
		tags
	});
	switch (item.kind) {
		case 'concept':
			return [basic('main', item.promptHtml, item.answerHtml)];
		case 'script':
			return [
				{
					key: cardId(item.id, 'recall'),
					model: 'script',
					fields: [textHtml(item.cue), textHtml(item.script).replace(/(<br>){2,}/g, '<br><br>'), listHtml(item.mustSay.map(escapeHtml))],
					tags
				}
			];
		case 'table': {
			const [keyColumn, ...otherColumns] = item.columns;
			return item.rows.map((row) =>
				basic(
					`row:${slugify(row[0])}`,
					titled(item.title, `<p>${escapeHtml(keyColumn)}: <b>${escapeHtml(row[0])}</b></p>`),
					listHtml(otherColumns.map((column, i) => `${escapeHtml(column)}: ${escapeHtml(row[i + 1] ?? '')}`))
				)
			);
		}
		case 'sequence':
			return [
				basic(
					'order',
					titled(item.title, '<p>Name the steps in order.</p>'),
					listHtml(
						item.steps.map((step) => {
							const minutes = step.minutes ? ` (${step.minutes.min}-${step.minutes.max} min)` : '';
							return `<b>${escapeHtml(step.name)}</b>${escapeHtml(minutes)}: ${escapeHtml(step.goal)}`;
						}),
						true
					)
				)
			];
		case 'sql':
		case 'schema':
		case 'python':
			return [basic('solve', titled(item.title, item.promptHtml), codeHtml(item.solution) + item.explanationHtml)];
		case 'scenario':
			return item.cards.map((card) => basic(`card:${card.id}`, titled(item.title, card.promptHtml), card.answerHtml));
	}
}

/**
 * Anki's "strip HTML" for sort fields and checksums (rslib `text.rs`): comments, style and script
 * blocks and tags are removed, and only when an `&` is left are entities decoded, with every
 * no-break space then made a plain space. Nothing is trimmed: Anki hashes the text as it is, so a
 * trailing newline from the markdown renderer is part of the checksum.
 */
export function stripHtml(html: string): string {
	const text = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
		.replace(/<[^>]*>/g, '');
	return text.includes('&') ? decodeEntities(text).replaceAll('\u00a0', ' ') : text;
}
