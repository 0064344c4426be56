// Keyboard shortcuts of the review screen, as a pure mapping so the rules are testable:
// Space/Enter show the answer, then mean Good (unless they press a focused button or link); 1-4
// grade; u or Ctrl/Cmd+Z undo.
import type { Grade } from '$lib/model';

export type ReviewKeyAction = { type: 'reveal' } | { type: 'grade'; grade: Grade } | { type: 'undo' };

export interface KeyLike {
	key: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	/** The focused element when the key was pressed. */
	target: EventTarget | null;
}

/** True when typing goes into a field or code editor, where keys must never grade a card. */
export function isTypingTarget(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	const element = target as HTMLElement;
	if (element.isContentEditable) return true;
	return element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], .cm-editor') !== null;
}

/** True when Space and Enter already mean something on the focused element: pressing it. */
function isPressable(target: EventTarget | null): boolean {
	if (!target || typeof (target as Element).closest !== 'function') return false;
	return (target as Element).closest('button, a[href], summary, [role="button"], [role="radio"], [role="checkbox"]') !== null;
}

export function reviewKeyAction(event: KeyLike, revealed: boolean): ReviewKeyAction | null {
	if (isTypingTarget(event.target)) return null;
	// A focused button or link (a menu item, "Got it", Check) takes Space and Enter as a press; the
	// digits and undo still work everywhere but in fields.
	if ((event.key === ' ' || event.key === 'Enter') && isPressable(event.target)) return null;
	if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'z') return { type: 'undo' };
	if (event.ctrlKey || event.metaKey || event.altKey) return null;
	if (event.key === 'u' || event.key === 'U') return { type: 'undo' };
	if (event.key === ' ' || event.key === 'Enter') {
		return revealed ? { type: 'grade', grade: 3 } : { type: 'reveal' };
	}
	if (revealed && ['1', '2', '3', '4'].includes(event.key)) {
		return { type: 'grade', grade: Number(event.key) as Grade };
	}
	return null;
}
