// Drill success rate by topic: of the checked answers to SQL and Python drills, the share that
// passed, grouped by each drill's topics (a drill with two topics counts towards both).
import type { AttemptFact } from './types';

export interface TopicSuccess {
	topic: string;
	/** Checked answers (presses of Check); a run that raised an error counts as not passed. */
	attempts: number;
	passed: number;
	rate: number;
	/** Distinct drills attempted. */
	drills: number;
}

/** Topics weakest first (lowest rate; among equals, the most practised first). */
export function drillSuccessByTopic(
	attempts: readonly AttemptFact[],
	topicsOf: ReadonlyMap<string, readonly string[]>
): TopicSuccess[] {
	const byTopic = new Map<string, { attempts: number; passed: number; drills: Set<string> }>();
	for (const attempt of attempts) {
		for (const topic of topicsOf.get(attempt.itemId) ?? []) {
			let row = byTopic.get(topic);
			if (!row) byTopic.set(topic, (row = { attempts: 0, passed: 0, drills: new Set() }));
			row.attempts++;
			if (attempt.verdict === 'pass') row.passed++;
			row.drills.add(attempt.itemId);
		}
	}
	return [...byTopic]
		.map(([topic, row]) => ({ topic, attempts: row.attempts, passed: row.passed, rate: row.passed / row.attempts, drills: row.drills.size }))
		.sort((a, b) => a.rate - b.rate || b.attempts - a.attempts || a.topic.localeCompare(b.topic));
}
