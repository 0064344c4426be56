// How one authored item speaks two SQL dialects. Pure and small: the compiler uses the parsing
// half, the app the choosing half.
//
// Authoring conventions (content/README.md documents them):
// - Dataset files: lines after `-- [sqlite]` (or `-- [postgres]`) belong to that engine only, up to
//   the next marker; `-- [both]` returns to shared lines. E.g. a trigger, which each engine writes
//   its own way.
// - Markdown (prompt, explanation): lines between `::: sqlite` (or `::: postgres`) and `:::` are
//   shown only in that dialect.
// - Hints: a hint that starts with "(SQLite) " or "(PostgreSQL) " belongs to that dialect only.

import type { Dialect } from '../model/index.ts';

export const DIALECT_NAMES: Record<Dialect, string> = { postgres: 'PostgreSQL', sqlite: 'SQLite' };

const DATASET_MARKER = /^[ \t]*--[ \t]*\[(sqlite|postgres|both)\][ \t]*$/;

/**
 * Splits a dataset file into each engine's script. Lines of the other engine become blank lines,
 * so a load error's line number still points into the authored file.
 */
export function datasetScripts(text: string): Record<Dialect, string> & { problems: string[] } {
	const out: Record<Dialect, string[]> = { sqlite: [], postgres: [] };
	const problems: string[] = [];
	let only: Dialect | null = null;
	text.split(/\r?\n/).forEach((line, i) => {
		const marker = DATASET_MARKER.exec(line);
		if (marker) {
			const next = marker[1] === 'both' ? null : (marker[1] as Dialect);
			if (next === null && only === null) problems.push(`line ${i + 1}: "-- [both]" without an open "-- [sqlite]" or "-- [postgres]" block`);
			only = next;
			out.sqlite.push('');
			out.postgres.push('');
			return;
		}
		out.sqlite.push(only === 'postgres' ? '' : line);
		out.postgres.push(only === 'sqlite' ? '' : line);
	});
	if (only !== null) problems.push(`the "-- [${only}]" block is never closed with "-- [both]"`);
	return { sqlite: out.sqlite.join('\n'), postgres: out.postgres.join('\n'), problems };
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CONTAINER = /^[ \t]*:::[ \t]*(sqlite|postgres)?[ \t]*$/;

/**
 * Turns `::: postgres … :::` blocks into `<div data-dialect="postgres">` wrappers before Markdown
 * is rendered; the page shows the chosen dialect's wrappers only (see `app.css`).
 */
export function dialectContainers(markdown: string, onProblem: (message: string) => void = () => {}): string {
	const lines: string[] = [];
	let fence: string | null = null;
	let open: Dialect | null = null;
	for (const line of markdown.split(/\r?\n/)) {
		const fenceMatch = FENCE.exec(line);
		if (fenceMatch) {
			if (fence === null) fence = fenceMatch[1];
			else if (line.trim() === fenceMatch[1] && fenceMatch[1][0] === fence[0]) fence = null;
		}
		const container = fence === null ? CONTAINER.exec(line) : null;
		if (!container) {
			lines.push(line);
			continue;
		}
		const dialect = (container[1] as Dialect | undefined) ?? null;
		if (dialect && open) onProblem(`"::: ${dialect}" inside "::: ${open}": close the first with ":::"`);
		else if (!dialect && !open) onProblem('":::" without an open "::: sqlite" or "::: postgres"');
		// Blank lines around the tags keep the Markdown inside them Markdown (CommonMark HTML blocks).
		lines.push('', dialect ? `<div data-dialect="${dialect}">` : '</div>', '');
		open = dialect;
	}
	if (open) onProblem(`"::: ${open}" is never closed with ":::"`);
	return lines.join('\n');
}

const HINT_TAG = /^\((SQLite|PostgreSQL)\)\s+/;

/** The hints shown in a dialect, tags removed: "(PostgreSQL) Use date_trunc" → "Use date_trunc". */
export function hintsFor(hints: readonly string[], dialect: Dialect): string[] {
	return hints.flatMap((hint) => {
		const tag = HINT_TAG.exec(hint);
		if (!tag) return [hint];
		const own = tag[1] === 'SQLite' ? 'sqlite' : 'postgres';
		return own === dialect ? [hint.slice(tag[0].length)] : [];
	});
}

/**
 * Picks `base` or its PostgreSQL override: the one rule every dual-dialect field follows
 * (`solution`/`solutionPostgres`, `sql`/`sqlPostgres`, `breakSql`/`breakSqlPostgres` …).
 */
export function inDialect(base: string, postgres: string | undefined, dialect: Dialect): string {
	return dialect === 'postgres' ? (postgres ?? base) : base;
}
