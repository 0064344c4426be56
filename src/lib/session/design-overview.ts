// The /design list: every scenario with its progress counts.
import { allDesignProgress, learnedCardCounts, scenarios, type RehearseDb, type ScenarioRecord } from '$lib/db';
import { scenarioProgress, type ScenarioProgress } from '$lib/design/progress';

export interface DesignEntry {
	item: ScenarioRecord;
	progress: ScenarioProgress;
}

export async function loadDesignOverview(db: RehearseDb): Promise<DesignEntry[]> {
	const items = await scenarios(db);
	const [progress, learned] = await Promise.all([allDesignProgress(db), learnedCardCounts(db, items)]);
	return items.map((item) => ({
		item,
		progress: scenarioProgress(item, progress.get(item.slug) ?? { sectionsRead: [], queriesRun: [] }, learned.get(item.id) ?? 0)
	}));
}
