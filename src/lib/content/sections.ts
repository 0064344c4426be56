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
	const first = codeBlocks(markdown).blocks[0];
	return first ? { lang: first.lang, code: first.code } : null;
}

export interface FencedBlocks {
	/** Every closed fenced block, in order; `info` is the rest of the info string after the language. */
	blocks: (CodeBlock & { info: string })[];
	/** The Markdown with the blocks taken out. */
	prose: string;
	/** A fence that is never closed. */
	unclosed: boolean;
}

/** Every fenced code block in `markdown` (```` ```sql postgres ```` → lang "sql", info "postgres"). */
export function codeBlocks(markdown: string): FencedBlocks {
	const lines = markdown.split(/\r?\n/);
	const blocks: FencedBlocks['blocks'] = [];
	const prose: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const open = /^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)\s*([^`]*)$/.exec(lines[i]);
		if (!open) {
			prose.push(lines[i]);
			continue;
		}
		const marker = open[1];
		const body: string[] = [];
		let j = i + 1;
		for (; j < lines.length; j++) {
			const close = lines[j].trim();
			if (close.startsWith(marker[0].repeat(marker.length)) && /^(`+|~+)$/.test(close)) break;
			body.push(lines[j]);
		}
		if (j === lines.length) return { blocks, prose: prose.join('\n'), unclosed: true };
		blocks.push({ lang: open[2].toLowerCase(), info: open[3].trim().toLowerCase(), code: body.join('\n') });
		i = j;
	}
	return { blocks, prose: prose.join('\n'), unclosed: false };
}

/** Splits a section at `### Heading` lines outside fences: [{title, content}]. Text before the first is `intro`. */
export function subsections(markdown: string): { intro: string; parts: Section[] } {
	const parts: Section[] = [];
	const intro: string[] = [];
	let current: { title: string; lines: string[] } | null = null;
	let fence: string | null = null;
	for (const line of markdown.split(/\r?\n/)) {
		const fenceMatch = FENCE.exec(line);
		if (fenceMatch) {
			if (fence === null) fence = fenceMatch[1];
			else if (line.trim() === fenceMatch[1] && fenceMatch[1][0] === fence[0]) fence = null;
		}
		const heading = fence === null && !fenceMatch ? /^###[ \t]+(.+?)[ \t#]*$/.exec(line) : null;
		if (heading) {
			if (current) parts.push({ title: current.title, content: current.lines.join('\n').trim() });
			current = { title: heading[1].trim(), lines: [] };
		} else (current ? current.lines : intro).push(line);
	}
	if (current) parts.push({ title: current.title, content: current.lines.join('\n').trim() });
	return { intro: intro.join('\n').trim(), parts };
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
