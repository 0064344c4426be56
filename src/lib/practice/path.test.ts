import { describe, expect, it } from 'vitest';
import type { LearningPath } from '$lib/model';
import { bankRow } from './fixtures';
import { pathView, stepAfter } from './path';

const path: LearningPath = {
	id: 'loop',
	title: 'Loop',
	description: '',
	sections: [
		{ title: 'SQL', summary: '', items: ['a', 'b'] },
		{ title: 'Modeling', summary: '', items: ['c', 'gone'] }
	]
};

describe('pathView', () => {
	it('marks studied and solved items done and points at the first one left, in order', () => {
		const rows = [bankRow('a', { statuses: ['due'] }), bankRow('b', { statuses: ['new'] }), bankRow('c', { kind: 'sql', statuses: ['new', 'solved'] })];
		const view = pathView(path, rows);
		expect(view.sections.map((s) => s.steps.map((step) => [step.id, step.done]))).toEqual([[['a', true], ['b', false]], [['c', true]]]);
		expect(view).toMatchObject({ done: 2, total: 3, next: { id: 'b' } });
	});

	it('has no next step once every item is done', () => {
		expect(pathView(path, ['a', 'b', 'c'].map((id) => bankRow(id, { statuses: ['due'] }))).next).toBeNull();
	});
});

describe('stepAfter', () => {
	it('crosses sections and stops at the end', () => {
		expect(stepAfter(path, 'b')).toBe('c');
		expect(stepAfter(path, 'gone')).toBeNull();
		expect(stepAfter(path, 'elsewhere')).toBeNull();
	});
});
