import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ScenarioItem } from '$lib/model';
import { card, freshDb } from './testing';
import { addDesignProgress, allDesignProgress, designProgress, learnedCardCounts, scenarioBySlug, scenarios } from './design';
import type { ItemRecord } from '$lib/model';

function scenario(id: string, slug: string, title: string, archived: 0 | 1 = 0): ItemRecord {
	const item: ScenarioItem = {
		id,
		kind: 'scenario',
		deck: 'design',
		title,
		topics: [],
		difficulty: 2,
		domain: 'payments',
		source: `content/scenarios/${slug}/scenario.md`,
		slug,
		summary: '',
		dataset: `scenario-${slug}`,
		sections: [],
		tables: [],
		queries: [],
		cards: [],
		breakIts: [],
		workedExample: { title: '', steps: [], result: { value: 0, query: '', row: 0, column: '' } }
	};
	return { ...item, origin: 'bundle', hash: id, archived, updatedAt: 0 };
}

describe('design repository', () => {
	it('lists live scenarios by title and finds one by slug', async () => {
		const db = await freshDb();
		await db.items.bulkPut([scenario('s-b', 'ledger', 'B ledger'), scenario('s-a', 'trips', 'A trips'), scenario('s-c', 'old', 'C old', 1)]);
		expect((await scenarios(db)).map((s) => s.slug)).toEqual(['trips', 'ledger']);
		expect((await scenarioBySlug(db, 'ledger'))?.id).toBe('s-b');
		expect(await scenarioBySlug(db, 'nope')).toBeNull();
	});

	it('merges progress without losing concurrent updates', async () => {
		const db = await freshDb();
		expect(await designProgress(db, 'trips')).toEqual({ sectionsRead: [], queriesRun: [] });
		await Promise.all([
			addDesignProgress(db, 'trips', { sectionsRead: ['a'] }),
			addDesignProgress(db, 'trips', { sectionsRead: ['b', 'a'] }),
			addDesignProgress(db, 'trips', { queriesRun: ['q1'] })
		]);
		const stored = await designProgress(db, 'trips');
		expect(stored.sectionsRead.sort()).toEqual(['a', 'b']);
		expect(stored.queriesRun).toEqual(['q1']);
		expect([...(await allDesignProgress(db)).keys()]).toEqual(['trips']);
	});

	it('counts learned cards: review phase only, archived ones left out', async () => {
		const db = await freshDb();
		await db.cards.bulkPut([
			card('s-a::card:grain', { phase: 'review' }),
			card('s-a::card:keys', { phase: 'learning' }),
			card('s-a::card:old', { phase: 'review', archived: 1 }),
			card('s-b::card:grain', { phase: 'new' })
		]);
		const counts = await learnedCardCounts(db, [{ id: 's-a' }, { id: 's-b' }]);
		expect(counts.get('s-a')).toBe(1);
		expect(counts.get('s-b')).toBe(0);
	});
});
