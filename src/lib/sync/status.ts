// The status line of sync, in Settings and (short) on Today. Pure.
import type { SyncStatus } from './engine';

function ago(ms: number): string {
	const minutes = Math.floor(ms / 60_000);
	if (minutes < 1) return 'just now';
	if (minutes < 60) return `${minutes} min ago`;
	const hours = Math.floor(minutes / 60);
	if (hours < 24) return `${hours} h ago`;
	return `${Math.floor(hours / 24)} d ago`;
}

/**
 * @example statusLine({ phase: 'synced', lastSyncedAt: now - 120_000, waiting: 3, … }, now) // "Synced 2 min ago · 3 waiting"
 */
export function statusLine(status: SyncStatus, now: number): string {
	const waiting = status.waiting > 0 ? ` · ${status.waiting} waiting` : '';
	switch (status.phase) {
		case 'synced':
			return `Synced ${status.lastSyncedAt === null ? 'just now' : ago(now - status.lastSyncedAt)}${waiting}`;
		case 'syncing':
			return status.received > 0 ? `Syncing… ${status.received.toLocaleString('en')} reviews received` : `Syncing…${waiting}`;
		case 'offline':
			return `Offline: will sync when back online${waiting}`;
		case 'restore': {
			const documents = status.serverHistory?.documents ?? 0;
			return `Your history is on the server: ${documents.toLocaleString('en')} ${documents === 1 ? 'document' : 'documents'} (reviews, own cards, settings …). This device has none yet.`;
		}
		case 'auth':
			return 'Sign-in failed: the server refused this user name and password.';
		case 'not-found':
			return status.message ?? 'There is no such database on this server.';
		case 'unreachable':
		case 'server': {
			const retry = status.retryAt === null ? '' : `; trying again in ${Math.max(1, Math.round((status.retryAt - now) / 1000))} s`;
			return `${status.message ?? 'The server cannot be reached'}${retry}${waiting}`;
		}
	}
}

/** The small mark on Today: a word, and whether it needs the user. */
export function statusMark(status: SyncStatus): { text: string; tone: 'ok' | 'pending' | 'problem' } {
	switch (status.phase) {
		case 'synced':
			return status.waiting > 0 ? { text: `Sync · ${status.waiting} waiting`, tone: 'pending' } : { text: 'Synced', tone: 'ok' };
		case 'syncing':
			return { text: 'Syncing…', tone: 'pending' };
		case 'offline':
			return { text: 'Sync offline', tone: 'pending' };
		case 'restore':
			return { text: 'Restore from sync?', tone: 'pending' };
		default:
			return { text: 'Sync problem', tone: 'problem' };
	}
}
