// Where a user stands in a learning path: each item done or not, and the next one to study. Pure.
import type { LearningPath } from '$lib/model';
import type { BankRow } from './row';

export interface PathStep {
	id: string;
	title: string;
	kind: BankRow['kind'];
	/** Reviewed at least once, or (a drill) solved. */
	done: boolean;
}

export interface PathView {
	path: LearningPath;
	sections: { title: string; summary: string; steps: PathStep[] }[];
	done: number;
	total: number;
	/** The first step not done, in order; null when the path is finished. */
	next: PathStep | null;
}

/** Example: pathView(path, rows).next → the first item of the path the user has not studied yet. */
export function pathView(path: LearningPath, rows: readonly BankRow[]): PathView {
	const byId = new Map(rows.map((row) => [row.id, row]));
	const sections = path.sections.map((section) => ({
		title: section.title,
		summary: section.summary,
		steps: section.items.flatMap((id): PathStep[] => {
			const row = byId.get(id);
			if (!row) return []; // an item this version no longer ships
			return [{ id, title: row.title, kind: row.kind, done: !row.statuses.includes('new') || row.statuses.includes('solved') }];
		})
	}));
	const steps = sections.flatMap((section) => section.steps);
	return { path, sections, done: steps.filter((s) => s.done).length, total: steps.length, next: steps.find((s) => !s.done) ?? null };
}

/** The step after `itemId` in a path, for "Next in this path"; null at its end or when not in it. */
export function stepAfter(path: LearningPath, itemId: string): string | null {
	const ids = path.sections.flatMap((section) => section.items);
	const at = ids.indexOf(itemId);
	return at === -1 ? null : (ids[at + 1] ?? null);
}
