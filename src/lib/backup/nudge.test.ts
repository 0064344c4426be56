import { describe, expect, it } from 'vitest';
import { backupAge, shouldNudge, type NudgeFacts } from './nudge';

const DAY = 86_400_000;
const NOW = Date.parse('2026-05-20T09:00:00Z');
const facts = (overrides: Partial<NudgeFacts>): NudgeFacts => ({
	lastBackupAt: NOW - 8 * DAY,
	firstReviewAt: NOW - 60 * DAY,
	reviewsSinceBackup: 12,
	nudgeDismissedAt: null,
	...overrides
});

describe('shouldNudge', () => {
	it('suggests a backup a week after the last one when there are new reviews', () => {
		expect(shouldNudge(facts({}), NOW)).toBe(true);
		expect(shouldNudge(facts({ lastBackupAt: NOW - 6 * DAY }), NOW)).toBe(false);
	});
	it('stays quiet when nothing happened since the last backup', () => {
		expect(shouldNudge(facts({ reviewsSinceBackup: 0 }), NOW)).toBe(false);
	});
	it('counts from the first review when there was never a backup', () => {
		expect(shouldNudge(facts({ lastBackupAt: null, firstReviewAt: NOW - 3 * DAY }), NOW)).toBe(false);
		expect(shouldNudge(facts({ lastBackupAt: null, firstReviewAt: NOW - 7 * DAY }), NOW)).toBe(true);
	});
	it('stays away for a day once dismissed', () => {
		expect(shouldNudge(facts({ nudgeDismissedAt: NOW - 23 * 3_600_000 }), NOW)).toBe(false);
		expect(shouldNudge(facts({ nudgeDismissedAt: NOW - 25 * 3_600_000 }), NOW)).toBe(true);
	});
});

describe('backupAge', () => {
	it('counts whole days', () => {
		expect(backupAge(NOW - 3_600_000, NOW)).toBe('today');
		expect(backupAge(NOW - 30 * 3_600_000, NOW)).toBe('yesterday');
		expect(backupAge(NOW - 8 * DAY - 5, NOW)).toBe('8 days ago');
	});
});
