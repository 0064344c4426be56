// The design workspace's data: the scenario items, the user's progress through each (meta keys
// `design:<slug>`, so no schema change is needed), and how many of each scenario's cards are learned.
import type { ScenarioItem } from '$lib/model';
import type { RehearseDb } from './database';
import type { DesignProgress } from './meta';
import type { ItemRecord } from '$lib/model';
import { writeTransaction } from './transact';

export type ScenarioRecord = Extract<ItemRecord, { kind: 'scenario' }>;

const progressKey = (slug: string) => `design:${slug}` as const;
const EMPTY: DesignProgress = { sectionsRead: [], queriesRun: [] };

/** The live (not archived) design scenarios, sorted by title. */
export async function scenarios(db: RehearseDb): Promise<ScenarioRecord[]> {
	const items = await db.items.where('kind').equals('scenario').toArray();
	return (items as ScenarioRecord[]).filter((item) => !item.archived).sort((a, b) => a.title.localeCompare(b.title));
}

/** The scenario with this slug, or null; archived scenarios are still found (old links keep working). */
export async function scenarioBySlug(db: RehearseDb, slug: string): Promise<ScenarioRecord | null> {
	const items = (await db.items.where('kind').equals('scenario').toArray()) as ScenarioRecord[];
	return items.find((item) => item.slug === slug) ?? null;
}

export async function designProgress(db: RehearseDb, slug: string): Promise<DesignProgress> {
	const row = await db.meta.get(progressKey(slug));
	return (row?.value as DesignProgress | undefined) ?? EMPTY;
}

/** Every scenario's progress, by slug (scenarios never opened are absent). */
export async function allDesignProgress(db: RehearseDb): Promise<Map<string, DesignProgress>> {
	const rows = await db.meta.where('key').startsWith('design:').toArray();
	return new Map(rows.map((row) => [row.key.slice('design:'.length), row.value as DesignProgress]));
}

/**
 * Adds sections read and queries run to a scenario's progress, in one read-write transaction so
 * two quick updates (several sections scrolled past at once) never overwrite each other.
 * Returns the progress as stored.
 */
export async function addDesignProgress(db: RehearseDb, slug: string, add: Partial<DesignProgress>): Promise<DesignProgress> {
	return writeTransaction(db, [db.meta], async () => {
		const key = progressKey(slug);
		const current = ((await db.meta.get(key))?.value as DesignProgress | undefined) ?? EMPTY;
		const merged: DesignProgress = {
			sectionsRead: union(current.sectionsRead, add.sectionsRead),
			queriesRun: union(current.queriesRun, add.queriesRun)
		};
		if (merged.sectionsRead.length !== current.sectionsRead.length || merged.queriesRun.length !== current.queriesRun.length) {
			await db.meta.put({ key, value: merged });
		}
		return merged;
	});
}

const union = (a: string[], b: string[] = []) => [...new Set([...a, ...b])];

/** Per scenario item id, how many of its cards are learned (in the review phase, not archived). */
export async function learnedCardCounts(db: RehearseDb, items: readonly Pick<ScenarioItem, 'id'>[]): Promise<Map<string, number>> {
	const counts = await Promise.all(
		items.map((item) =>
			db.cards
				.where('itemId')
				.equals(item.id)
				.filter((card) => card.phase === 'review' && !card.archived)
				.count()
		)
	);
	return new Map(items.map((item, i) => [item.id, counts[i]]));
}
