// Splits text into runs so the UI can mark phrases without rendering HTML from strings.

export interface TextRun {
	text: string;
	marked: boolean;
}

/** Marks every case-insensitive occurrence of the phrases; overlapping matches merge. */
export function highlightPhrases(text: string, phrases: string[]): TextRun[] {
	const lower = text.toLowerCase();
	const marked = new Array<boolean>(text.length).fill(false);
	for (const phrase of phrases) {
		const needle = phrase.toLowerCase().trim();
		if (!needle) continue;
		for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
			marked.fill(true, at, at + needle.length);
		}
	}
	const runs: TextRun[] = [];
	for (let i = 0; i < text.length; i++) {
		const last = runs.at(-1);
		if (last && last.marked === marked[i]) last.text += text[i];
		else runs.push({ text: text[i], marked: marked[i] });
	}
	return runs;
}
