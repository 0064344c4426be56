// Text helpers shared by the content compiler and the user's own cards.

/** Plain text with paragraph breaks kept and lines inside a paragraph joined (as bundled scripts). */
export function plainParagraphs(text: string): string {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.split(/\s*\n\s*/).join(' ').trim())
		.filter(Boolean)
		.join('\n\n');
}

/** Lower case, punctuation as spaces, single spaces: how must-say phrases are matched. */
function phraseWords(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Whether `phrase` occurs in `text` as whole words, ignoring case and punctuation. */
export function containsPhrase(text: string, phrase: string): boolean {
	const needle = phraseWords(phrase);
	return needle.length > 0 && ` ${phraseWords(text)} `.includes(` ${needle} `);
}
