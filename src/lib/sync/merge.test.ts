import { describe, expect, it } from 'vitest';
import type { SyncKind } from '$lib/model';
import { laterVersion, mergeVersions, type MergeOutcome, type Version } from './merge';

const v = (name: string, updatedAt: number): Version => ({ body: { type: 'set', name, filter: null, itemIds: null, createdAt: 1 }, updatedAt });

/** The body a device ends with after a merge outcome. */
function kept(outcome: MergeOutcome, local: Version, remote: Version) {
	switch (outcome.keep) {
		case 'same':
		case 'local':
			return local.body;
		case 'remote':
			return remote.body;
		case 'merged':
			return outcome.version.body;
	}
}

describe('merge rules', () => {
	const cases: [string, SyncKind, Version, Version][] = [
		['a later edit', 'set', v('A', 100), v('B', 200)],
		['an earlier edit', 'set', v('A', 300), v('B', 200)],
		['a tie on time', 'set', v('A', 200), v('B', 200)],
		['design progress', 'design', { body: { type: 'design', sectionsRead: ['a'], queriesRun: [] }, updatedAt: 5 }, { body: { type: 'design', sectionsRead: ['b'], queriesRun: ['q'] }, updatedAt: 3 }],
		['an undone review', 'review', { body: { type: 'review', grade: 3 }, updatedAt: 1 }, { body: { type: 'review', deleted: true }, updatedAt: 2 }]
	];

	for (const [what, kind, a, b] of cases) {
		it(`keeps the same version in either order: ${what}`, () => {
			const onA = kept(mergeVersions(kind, a, true, b), a, b);
			const onB = kept(mergeVersions(kind, b, true, a), b, a);
			expect(onA).toEqual(onB);
		});

		it(`changes nothing when the kept version is merged again: ${what}`, () => {
			const first = kept(mergeVersions(kind, a, true, b), a, b);
			const settled = { body: first, updatedAt: Math.max(a.updatedAt, b.updatedAt) };
			expect(mergeVersions(kind, settled, false, settled)).toEqual({ keep: 'same' });
			// The other device sends the settled version back: still nothing to change.
			expect(kept(mergeVersions(kind, settled, false, { ...settled }), settled, settled)).toEqual(first);
		});
	}

	it('keeps the later edit and the earlier one as a conflict, when both sides edited', () => {
		const mine = v('mine', 100);
		const theirs = v('theirs', 200);
		expect(mergeVersions('set', mine, true, theirs)).toEqual({ keep: 'remote', lost: mine });
		expect(mergeVersions('set', theirs, true, mine)).toEqual({ keep: 'local', lost: mine });
	});

	it('records no conflict when only the server changed', () => {
		expect(mergeVersions('set', v('old', 100), false, v('new', 200))).toEqual({ keep: 'remote', lost: null });
	});

	it('takes the server version of something this device does not have', () => {
		expect(mergeVersions('user-item', null, false, v('x', 1))).toEqual({ keep: 'remote', lost: null });
	});

	it('unites design progress instead of choosing', () => {
		const outcome = mergeVersions('design', { body: { type: 'design', sectionsRead: ['b', 'a'], queriesRun: [] }, updatedAt: 9 }, true, { body: { type: 'design', sectionsRead: ['c'], queriesRun: ['q1'] }, updatedAt: 2 });
		expect(outcome).toEqual({ keep: 'merged', version: { body: { type: 'design', sectionsRead: ['a', 'b', 'c'], queriesRun: ['q1'] }, updatedAt: 9 } });
	});

	it('lets an undone review win over the review, on both sides', () => {
		const reviewBody = { body: { type: 'review', grade: 3 }, updatedAt: 1 };
		const tombstone = { body: { type: 'review', deleted: true }, updatedAt: 0 };
		expect(mergeVersions('review', reviewBody, false, tombstone).keep).toBe('remote');
		expect(mergeVersions('review', tombstone, true, reviewBody).keep).toBe('local');
	});

	it('breaks a tie on time the same way whichever version comes first', () => {
		expect(laterVersion(v('A', 5), v('B', 5))).toEqual(laterVersion(v('B', 5), v('A', 5)));
	});
});
