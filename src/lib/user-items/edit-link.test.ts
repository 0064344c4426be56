import { describe, expect, it } from 'vitest';
import { editLink } from './edit-link';

describe('editLink', () => {
	it('edits an own card in place', () => {
		expect(editLink({ id: 'mine-1', kind: 'concept', origin: 'user' })).toEqual({ href: '/mine/mine-1', label: 'Edit this card' });
	});

	it('copies a bundled card of a kind users write, and offers nothing for a Python drill', () => {
		expect(editLink({ id: 'a b', kind: 'concept', origin: 'bundle' })).toEqual({ href: '/mine/new?from=a%20b', label: 'Duplicate into my cards' });
		expect(editLink({ id: 'py-x', kind: 'python', origin: 'bundle' })).toBeNull();
	});
});
