import { describe, expect, it } from 'vitest';
import { UndoStack, newCardState, schedule, type QueueEntry } from './index';

const NOW = Date.parse('2025-04-10T10:00:00Z');

function record(id: string): QueueEntry {
	return {
		...newCardState(NOW),
		id: `item::${id}`,
		itemId: 'item',
		variant: id,
		deck: 'sql',
		suspended: 0,
		archived: 0,
		createdAt: NOW
	};
}

describe('UndoStack', () => {
	it('keeps only the newest N steps', () => {
		const stack = new UndoStack(10);
		for (let i = 0; i < 15; i++) stack.push({ reviewId: `r${i}`, cardBefore: record(`c${i}`) });
		expect(stack.size).toBe(10);
		const popped: string[] = [];
		while (stack.canUndo) popped.push(stack.pop()!.reviewId);
		expect(popped).toEqual(['r14', 'r13', 'r12', 'r11', 'r10', 'r9', 'r8', 'r7', 'r6', 'r5']);
		expect(stack.pop()).toBeNull();
	});

	it('restores the exact prior state, even if the session changes its record in place', () => {
		const stack = new UndoStack();
		const card = record('a');
		const before = structuredClone(card);
		stack.push({ reviewId: 'r1', cardBefore: card });
		Object.assign(card, schedule(card, 3, NOW, { desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ['1m', '10m'], relearningSteps: ['10m'], fuzz: false, weights: null }));
		expect(card.phase).toBe('learning');
		expect(stack.peek()?.cardBefore).toEqual(before);
		expect(stack.pop()?.cardBefore).toEqual(before);
		expect(stack.size).toBe(0);
	});

	it('peeks without removing, so a failed storage undo keeps the step', () => {
		const stack = new UndoStack(3);
		stack.push({ reviewId: 'r1', cardBefore: record('a') });
		expect(stack.peek()?.reviewId).toBe('r1');
		expect(stack.size).toBe(1);
		stack.clear();
		expect(stack.canUndo).toBe(false);
	});

	it('refuses a capacity below one', () => {
		expect(() => new UndoStack(0)).toThrow(/at least 1, got 0/);
	});
});
