// Prints benchmark figures beside their DESIGN.md budgets.

export interface Figure {
	what: string;
	measured: string;
	budget: string;
	/** null when the figure has no pass/fail budget (a reference measurement). */
	ok: boolean | null;
}

export function printFigures(figures: readonly Figure[]): void {
	const rows = figures.map((f) => [f.what, f.measured, f.budget, f.ok === null ? '' : f.ok ? 'ok' : 'OVER']);
	const header = ['figure', 'measured', 'budget', ''];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of rows) console.log(line(row));
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
