import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { SequenceItem } from '$lib/model';
import { confusionsOf } from '$lib/db';
import { freshDb, tableItem } from '$lib/db/testing';
import { scriptItem } from '$lib/drills/test-items';
import { GridDrill } from './grid-drill.svelte';
import { OrderDrill } from './order-drill.svelte';
import { ScriptDrill } from './script-drill.svelte';

const sequence: SequenceItem = {
	id: 'five',
	kind: 'sequence',
	deck: 'modeling',
	title: 'Five',
	topics: [],
	difficulty: 1,
	domain: 'general',
	source: 'content/sequences/five.md',
	descriptionHtml: '',
	steps: ['One', 'Two', 'Three', 'Four'].map((name) => ({ name, minutes: { min: 1, max: 2 }, goal: `${name} goal` }))
};

describe('ScriptDrill', () => {
	it('scores a typed recall with a key phrase missing below Good and stores the mean score', () => {
		const drill = new ScriptDrill(scriptItem(), 'typed');
		expect(drill.done).toBe(false);
		drill.typed =
			"That's the table; now the indexes, each tied to a query from the start. The order history screen filters one customer " +
			'and sorts by newest, so a composite on customer id then placed at descending serves it. Restaurant lookups get a B-tree.';
		drill.submitTyped();
		expect(drill.done).toBe(true);
		expect(drill.recall?.missingPhrases).toEqual(['a partial index']);
		expect(drill.suggestedGrade).toBeLessThan(3);
		const { score, mode } = drill.answerExtra;
		expect(mode).toBe('typed');
		expect(score).toBeCloseTo((drill.recall!.coverage + drill.recall!.similarity) / 2, 2);
	});

	it('runs one cloze round per must-say phrase and suggests from the share right', () => {
		const drill = new ScriptDrill(scriptItem(), 'cloze');
		expect(drill.rounds).toHaveLength(3);
		drill.clozeAnswer = 'Now the indexes';
		drill.checkBlank();
		drill.clozeAnswer = 'customer id then placed at descending';
		drill.checkBlank();
		drill.clozeAnswer = 'a covering index';
		drill.checkBlank();
		expect(drill.clozeResults).toEqual([true, true, false]);
		expect(drill.done).toBe(true);
		expect(drill.suggestedGrade).toBe(2);
		expect(drill.answerExtra).toEqual({ score: 0.667, mode: 'cloze' });
	});

	it('self-grades aloud from the must-say checklist when there is no transcript', () => {
		const drill = new ScriptDrill(scriptItem(), 'aloud');
		drill.toggleSaid(0);
		drill.toggleSaid(1);
		drill.toggleSaid(2);
		drill.finishSelfCheck();
		expect(drill.suggestedGrade).toBe(3);
		expect(drill.answerExtra).toEqual({ score: 1, mode: 'aloud' });
	});

	it('leaves reveal self-graded, with no score', () => {
		const drill = new ScriptDrill(scriptItem(), 'reveal');
		drill.show();
		expect(drill.suggestedGrade).toBeNull();
		expect(drill.answerExtra).toEqual({ score: null, mode: 'reveal' });
	});
});

describe('GridDrill', () => {
	it('checks a round and adds its mix-ups to the table tally', async () => {
		const db = await freshDb();
		const table = tableItem('index-types', ['range scan', 'containment', 'append-only time']);
		const drill = new GridDrill(db, table, 'seed', 3);
		expect(drill.grid.blanks).toHaveLength(3);
		drill.setAnswer(0, 1, 'answer for range scan');
		drill.setAnswer(1, 1, 'answer for range scan');
		await drill.check();
		expect(drill.result?.correct).toBe(1);
		expect(drill.suggestedGrade).toBe(1);
		expect(drill.confusions).toEqual([{ column: 'answer', expected: 'answer for containment', given: 'answer for range scan', count: 1 }]);
		expect(await confusionsOf(db, 'index-types')).toEqual(drill.confusions);
	});
});

describe('OrderDrill', () => {
	it('places tapped steps in order, undoes the last tap, and checks', () => {
		const drill = new OrderDrill(sequence, 'seed');
		expect(drill.pool).not.toEqual(['One', 'Two', 'Three', 'Four']);
		drill.tap('Two');
		drill.undo();
		expect(drill.placed).toEqual([]);
		expect(drill.pool).toHaveLength(4);
		for (const name of ['One', 'Two', 'Three']) drill.tap(name);
		expect(drill.canCheck).toBe(false);
		drill.tap('Four');
		drill.check();
		expect(drill.result?.correct).toBe(true);
		expect(drill.suggestedGrade).toBe(3);
		expect(drill.answerExtra).toEqual({ score: 1, mode: 'order' });
	});

	it('reorders by dragging and gives partial credit', () => {
		const drill = new OrderDrill(sequence, 'seed');
		drill.setInput('drag');
		const target = ['One', 'Two', 'Three', 'Four'];
		for (const [slot, name] of target.entries()) drill.move(drill.arrangement.indexOf(name), slot);
		expect(drill.arrangement).toEqual(target);
		drill.move(0, 1);
		drill.check();
		expect(drill.result?.correct).toBe(false);
		expect(drill.answerExtra.score).toBe(0.5);
	});
});
