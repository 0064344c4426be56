// Sync as the running app sees it: whether it is on, its status line, conflicts to settle, and the
// verbs of Settings → Sync. The sync module (and PouchDB with it) loads only once sync is on, so a
// device that never syncs never downloads it.
import {
	clearSyncConfig,
	listConflicts,
	loadSyncConfig,
	saveSyncConfig,
	settleConflict,
	userMessage,
	type RehearseDb
} from '$lib/db';
import type { SyncConfig, SyncConflictRecord } from '$lib/model';
import { now } from '$lib/clock';
import { pageMayConnectTo, storeSyncOrigin } from '$lib/pwa/sync-origin';

type SyncModule = typeof import('$lib/sync');
type Engine = InstanceType<SyncModule['SyncEngine']>;
type Status = Engine['status'];
export type SyncForm = import('$lib/sync').SyncForm;

const loadModule = () => import('$lib/sync');
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reloads the page: its Content-Security-Policy is fixed at load, and sync changes it. */
function reloadForPolicy(): void {
	location.reload();
}

class SyncState {
	/** Where this device syncs (without the password), or null while sync is off. */
	target = $state<Omit<SyncConfig, 'password'> | null>(null);
	/** The engine's status; null while sync is off or not started. */
	status = $state.raw<Status | null>(null);
	conflicts = $state.raw<SyncConflictRecord[]>([]);
	/** Sync is on, but this page was loaded before the server was allowed: a reload starts it. */
	needsReload = $state(false);
	/** The result of "Test connection". */
	test = $state<{ tone: 'ok' | 'error'; text: string } | null>(null);
	/** Now, refreshed every few seconds, so "2 min ago" moves on. */
	#tick = $state(0);

	#db: RehearseDb | null = null;
	#module: SyncModule | null = null;
	#engine: Engine | null = null;
	#started = false;

	/** The status line for Settings, e.g. "Synced 2 min ago · 3 waiting". */
	get line(): string | null {
		if (this.needsReload) return 'Reload the app to start syncing.';
		return this.status && this.#module ? this.#module.statusLine(this.status, this.#tick || now()) : null;
	}

	/** The small mark on Today; null while sync is off. */
	get mark(): { text: string; tone: 'ok' | 'pending' | 'problem' } | null {
		if (this.needsReload) return { text: 'Sync paused', tone: 'pending' };
		return this.status && this.#module ? this.#module.statusMark(this.status) : null;
	}

	/** Called once the database is open. Never throws: sync must not break studying. */
	async start(db: RehearseDb): Promise<void> {
		if (this.#started) return;
		this.#started = true;
		this.#db = db;
		try {
			const config = await loadSyncConfig(db);
			if (!config) return;
			this.target = withoutPassword(config);
			await this.#run(config);
		} catch (error) {
			console.error('Sync could not start', error);
		}
	}

	async #run(config: SyncConfig): Promise<void> {
		const db = this.#db!;
		if (!pageMayConnectTo(config.origin)) {
			// The policy this page came with does not allow the server yet (the page was loaded
			// before sync was on, or without the service worker): allow it from the next load.
			await storeSyncOrigin(config.origin);
			this.needsReload = true;
			return;
		}
		this.#module ??= await loadModule();
		this.conflicts = await listConflicts(db);
		const lastSyncedAt = ((await db.meta.get('syncLastAt'))?.value as number | undefined) ?? null;
		this.#engine = new this.#module.SyncEngine(db, config, {
			now,
			online: () => navigator.onLine,
			yieldToPage,
			onStatus: (status) => {
				const wasSyncing = this.status?.phase === 'syncing';
				this.status = status;
				if (wasSyncing && status.phase !== 'syncing') void this.refreshConflicts();
			}
		}, lastSyncedAt);
		this.status = this.#engine.status;
		this.#engine.start();
		if (!this.#listening) {
			this.#listening = true;
			const again = () => this.#engine?.syncNow();
			window.addEventListener('online', again);
			window.addEventListener('offline', again);
			document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && again());
			setInterval(() => (this.#tick = now()), 15_000);
		}
	}

	#listening = false;

	/** Checks the form; null when it can be saved, else what is wrong. */
	async check(form: SyncForm): Promise<{ config: SyncConfig; disclosure: string } | { problem: string }> {
		const mod = (this.#module ??= await loadModule());
		const checked = mod.checkSyncForm(form);
		return checked.ok ? { config: checked.config, disclosure: mod.disclosure(checked.config) } : { problem: checked.problem };
	}

	/** Turns sync on (or changes its server or sign-in). Reloads when the policy must allow a new origin. */
	async turnOn(config: SyncConfig): Promise<void> {
		const db = this.#db!;
		this.#engine?.stop();
		this.#engine = null;
		await saveSyncConfig(db, config, now());
		await storeSyncOrigin(config.origin);
		this.target = withoutPassword(config);
		this.test = null;
		if (!pageMayConnectTo(config.origin)) return reloadForPolicy();
		await this.#run(config);
	}

	/** Turns sync off: credentials and the server's bookkeeping are deleted; the policy is strict again. */
	async turnOff(): Promise<void> {
		this.#engine?.stop();
		this.#engine = null;
		await clearSyncConfig(this.#db!);
		await storeSyncOrigin(null);
		this.target = null;
		this.status = null;
		this.conflicts = [];
		this.needsReload = false;
		reloadForPolicy();
	}

	/** Restores this (empty) device from the server's history; see restore.ts in $lib/sync. */
	async restoreFromServer(): Promise<void> {
		await this.#engine?.restoreFromServer();
	}

	/** Syncs as usual instead of restoring: both histories are united. */
	mergeWithServer(): void {
		this.#engine?.mergeWithServer();
	}

	syncNow(): void {
		if (this.needsReload) return reloadForPolicy();
		this.#engine?.syncNow();
	}

	/** "Test connection": the server's name and version, or why it cannot be used. */
	async testConnection(): Promise<void> {
		const config = await loadSyncConfig(this.#db!);
		if (!config || !pageMayConnectTo(config.origin)) return;
		const mod = (this.#module ??= await loadModule());
		try {
			const server = await (await mod.connect(config)).check();
			this.test = { tone: 'ok', text: `Connected to ${server}, database "${config.database}".` };
		} catch (error) {
			this.test = { tone: 'error', text: error instanceof mod.CouchError ? error.message : userMessage(error) };
		}
	}

	async refreshConflicts(): Promise<void> {
		if (this.#db) this.conflicts = await listConflicts(this.#db);
	}

	/** Keeps one side of a conflict; the other is forgotten. Keeping the lost one sends it as a new edit. */
	async settle(id: string, keep: 'kept' | 'lost'): Promise<void> {
		const mod = (this.#module ??= await loadModule());
		await settleConflict(this.#db!, id, keep, (conflict) => mod.recordOfVersion(conflict.docId, conflict.lost), now());
		await this.refreshConflicts();
		this.#engine?.syncNow();
	}

	/** Settles once the sync under way is done (tests, benchmark). */
	idle(): Promise<void> {
		return this.#engine?.idle() ?? Promise.resolve();
	}
}

function withoutPassword({ password, ...rest }: SyncConfig): Omit<SyncConfig, 'password'> {
	void password;
	return rest;
}

export const syncState = new SyncState();
