// Text helpers shared by the content compiler and the user's own cards.

/** Plain text with paragraph breaks kept and lines inside a paragraph joined (as bundled scripts). */
export function plainParagraphs(text: string): string {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.split(/\s*\n\s*/).join(' ').trim())
		.filter(Boolean)
		.join('\n\n');
}
