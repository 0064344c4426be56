import { describe, expect, it } from 'vitest';
import { reviewKeyAction, type KeyLike } from './review-keys';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	target: null,
	...extra
});

/** A stand-in for a focused element: only `closest` is consulted. */
const focused = (selectorMatches: boolean) =>
	({ isContentEditable: false, closest: () => (selectorMatches ? {} : null) }) as unknown as EventTarget;

describe('review keys', () => {
	it('shows the answer on Space or Enter, then grades Good with the same keys', () => {
		expect(reviewKeyAction(key(' '), false)).toEqual({ type: 'reveal' });
		expect(reviewKeyAction(key('Enter'), false)).toEqual({ type: 'reveal' });
		expect(reviewKeyAction(key(' '), true)).toEqual({ type: 'grade', grade: 3 });
	});

	it('grades 1-4 only once the answer is shown', () => {
		expect(reviewKeyAction(key('1'), false)).toBeNull();
		expect(reviewKeyAction(key('1'), true)).toEqual({ type: 'grade', grade: 1 });
		expect(reviewKeyAction(key('4'), true)).toEqual({ type: 'grade', grade: 4 });
		expect(reviewKeyAction(key('5'), true)).toBeNull();
	});

	it('undoes with u, Ctrl+Z and Cmd+Z', () => {
		expect(reviewKeyAction(key('u'), false)).toEqual({ type: 'undo' });
		expect(reviewKeyAction(key('z', { ctrlKey: true }), true)).toEqual({ type: 'undo' });
		expect(reviewKeyAction(key('z', { metaKey: true }), true)).toEqual({ type: 'undo' });
	});

	it('leaves Space and Enter to a focused button or link, and still grades with digits there', () => {
		const button = { isContentEditable: false, closest: (selector: string) => (selector.startsWith('button') ? {} : null) } as unknown as EventTarget;
		expect(reviewKeyAction(key('Enter', { target: button }), false)).toBeNull();
		expect(reviewKeyAction(key(' ', { target: button }), true)).toBeNull();
		expect(reviewKeyAction(key('2', { target: button }), true)).toEqual({ type: 'grade', grade: 2 });
		expect(reviewKeyAction(key('u', { target: button }), true)).toEqual({ type: 'undo' });
	});

	it('never grades while focus is in an input or editor', () => {
		expect(reviewKeyAction(key('3', { target: focused(true) }), true)).toBeNull();
		expect(reviewKeyAction(key(' ', { target: focused(true) }), true)).toBeNull();
		expect(reviewKeyAction(key('3', { target: focused(false) }), true)).toEqual({ type: 'grade', grade: 3 });
	});

	it('ignores other modified keys so browser shortcuts keep working', () => {
		expect(reviewKeyAction(key('1', { ctrlKey: true }), true)).toBeNull();
		expect(reviewKeyAction(key('r', { metaKey: true }), true)).toBeNull();
	});
});
