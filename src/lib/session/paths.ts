// The learning paths that ship with the content (from their own virtual module: no database read
// needed to list them), and where the user stands in one.
import contentPaths from 'virtual:content/paths';
import type { LearningPath } from '$lib/model';
import type { RehearseDb } from '$lib/db';
import { pathView, type PathView } from '$lib/practice';
import { now } from '$lib/clock';

export const paths: readonly LearningPath[] = contentPaths;

export function pathById(id: string): LearningPath | null {
	return paths.find((path) => path.id === id) ?? null;
}

/** The path with each item's progress from the user's history; null for an unknown id. */
export async function loadPathView(db: RehearseDb, id: string): Promise<PathView | null> {
	const path = pathById(id);
	if (!path) return null;
	// The bank's reader stays out of the pages that only list paths.
	const { loadBank } = await import('$lib/db/bank');
	return pathView(path, await loadBank(db, now()));
}
