/** A `## Heading` section of a Markdown body. */
export interface Section {
	title: string;
	/** Markdown between this heading and the next `## ` heading, trimmed. */
	content: string;
}

export interface SplitBody {
	/** Text before the first `## ` heading, trimmed. */
	intro: string;
	/** Sections in document order. */
	sections: Section[];
	/** Sections by lower-cased title; on duplicates the first wins (see `duplicates`). */
	byKey: Map<string, Section>;
	/** Lower-cased titles that appear more than once. */
	duplicates: string[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

/**
 * Splits a Markdown body at `## Heading` lines (level 2 only; `###` stays inside its section).
 * Headings inside fenced code blocks are ignored, so a `## comment` in Python is safe.
 */
export function splitSections(body: string): SplitBody {
	const sections: Section[] = [];
	const introLines: string[] = [];
	let current: { title: string; lines: string[] } | null = null;
	let fence: string | null = null;

	const flush = () => {
		if (current) sections.push({ title: current.title, content: current.lines.join('\n').trim() });
	};

	for (const line of body.split(/\r?\n/)) {
		const fenceMatch = FENCE.exec(line);
		if (fenceMatch) {
			const marker = fenceMatch[1];
			if (fence === null) fence = marker;
			else if (marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) fence = null;
		}
		const heading = fence === null && !fenceMatch ? /^##[ \t]+(.+?)[ \t#]*$/.exec(line) : null;
		if (heading) {
			flush();
			current = { title: heading[1].trim(), lines: [] };
		} else if (current) {
			current.lines.push(line);
		} else {
			introLines.push(line);
		}
	}
	flush();

	const byKey = new Map<string, Section>();
	const duplicates: string[] = [];
	for (const section of sections) {
		const key = section.title.toLowerCase();
		if (byKey.has(key)) duplicates.push(key);
		else byKey.set(key, section);
	}
	return { intro: introLines.join('\n').trim(), sections, byKey, duplicates };
}

export interface CodeBlock {
	/** The info string's first word, lower-cased; '' when the fence has none. */
	lang: string;
	code: string;
}

/** The first fenced code block in `markdown`, or null when there is none (or it is unclosed). */
export function codeBlock(markdown: string): CodeBlock | null {
	const lines = markdown.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const open = /^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
		if (!open) continue;
		const marker = open[1];
		const body: string[] = [];
		for (let j = i + 1; j < lines.length; j++) {
			const close = lines[j].trim();
			if (close.startsWith(marker[0].repeat(marker.length)) && /^(`+|~+)$/.test(close)) {
				return { lang: open[2].toLowerCase(), code: body.join('\n') };
			}
			body.push(lines[j]);
		}
		return null;
	}
	return null;
}

/**
 * The items of a Markdown bullet or numbered list, as strings. Indented continuation lines join
 * their item with a space: "- Use a window\n  function" → ["Use a window function"].
 */
export function bulletList(markdown: string): string[] {
	const items: string[] = [];
	for (const line of markdown.split(/\r?\n/)) {
		const bullet = /^\s{0,3}(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
		if (bullet) items.push(bullet[1].trim());
		else if (line.trim() && items.length > 0 && /^\s+/.test(line)) {
			items[items.length - 1] += ` ${line.trim()}`;
		}
	}
	return items.filter((item) => item.length > 0);
}
