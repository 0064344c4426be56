// When Today should suggest a backup: there is history no backup holds, the last backup (or, with
// none yet, the first review) is over a week old, and the reminder was not dismissed in the last day.
import { DAY } from '$lib/model';
export const NUDGE_AFTER_DAYS = 7;

export interface NudgeFacts {
	lastBackupAt: number | null;
	firstReviewAt: number | null;
	reviewsSinceBackup: number;
	nudgeDismissedAt: number | null;
}

export function shouldNudge(facts: NudgeFacts, now: number): boolean {
	if (facts.reviewsSinceBackup === 0) return false;
	if (facts.nudgeDismissedAt !== null && now - facts.nudgeDismissedAt < DAY) return false;
	const since = facts.lastBackupAt ?? facts.firstReviewAt;
	return since !== null && now - since >= NUDGE_AFTER_DAYS * DAY;
}

/** "today", "yesterday", "9 days ago": a backup's age in whole days, which weeks would blur. */
export function backupAge(at: number, now: number): string {
	const days = Math.max(0, Math.floor((now - at) / DAY));
	return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days.toLocaleString('en')} days ago`;
}
