// How far a user is through a design scenario, counted against the scenario as it is now: ids of
// sections or queries that the content no longer has do not count.
import type { ScenarioItem } from '$lib/model';

export interface ProgressInput {
	sectionsRead: readonly string[];
	queriesRun: readonly string[];
}

export interface ScenarioProgress {
	sectionsRead: number;
	sections: number;
	queriesRun: number;
	queries: number;
	cardsLearned: number;
	cards: number;
}

export function scenarioProgress(
	item: Pick<ScenarioItem, 'sections' | 'queries' | 'cards'>,
	progress: ProgressInput,
	cardsLearned: number
): ScenarioProgress {
	const read = new Set(progress.sectionsRead);
	const run = new Set(progress.queriesRun);
	return {
		sectionsRead: item.sections.filter((s) => read.has(s.id)).length,
		sections: item.sections.length,
		queriesRun: item.queries.filter((q) => run.has(q.id)).length,
		queries: item.queries.length,
		cardsLearned: Math.min(cardsLearned, item.cards.length),
		cards: item.cards.length
	};
}

/** Queries in the order authored, grouped by stakeholder (groups in order of first appearance). */
export function byStakeholder<Q extends { stakeholder: string }>(queries: readonly Q[]): { stakeholder: string; queries: Q[] }[] {
	const groups = new Map<string, Q[]>();
	for (const query of queries) groups.set(query.stakeholder, [...(groups.get(query.stakeholder) ?? []), query]);
	return [...groups].map(([stakeholder, members]) => ({ stakeholder, queries: members }));
}
