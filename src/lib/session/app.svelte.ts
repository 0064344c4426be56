// The app's shared state: the open database, the user's settings, and whether this tab may still
// write. Pages wait for `app.ready` before touching data.
import contentMeta from 'virtual:content/meta';
import {
	DEFAULT_SETTINGS,
	getMeta,
	loadSettings,
	onVersionChange,
	openDatabase,
	saveSettings,
	syncContent,
	userMessage,
	type RehearseDb,
	type Settings
} from '$lib/db';
import { now } from '$lib/clock';
import type { ContentBundle } from '$lib/content/types';
import { bootFailure, technicalDetail, type RecoveryReason } from './boot-failure';
import { historyGuard } from './history-guard.svelte';

async function fetchBundle(url: string): Promise<ContentBundle> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`The study content could not be loaded (${response.status} ${url}).`);
	return (await response.json()) as ContentBundle;
}

/** 'recovery': the database cannot be opened at all; the layout shows the recovery screen. */
export type BootStatus = 'booting' | 'ready' | 'failed' | 'recovery';

class AppState {
	status = $state<BootStatus>('booting');
	/** What went wrong at boot, in words for the user. */
	error = $state<string | null>(null);
	/** Why the database could not be opened, when status is 'recovery'. */
	recoveryReason = $state<RecoveryReason | null>(null);
	/** Another tab upgraded the database: this tab must reload before it writes again. */
	outdated = $state(false);
	settings = $state<Settings>({ ...DEFAULT_SETTINGS });
	/** Set while a review session is under way, so updates are never applied mid-review. */
	reviewing = $state(false);

	#db: RehearseDb | null = null;
	#booting: Promise<void> | null = null;

	get db(): RehearseDb {
		if (!this.#db) throw new Error('The database is not open yet: await app.ready first.');
		return this.#db;
	}

	/** Resolves once the database is open, content is in sync and settings are loaded. */
	get ready(): Promise<void> {
		return (this.#booting ??= this.#boot());
	}

	async #boot(): Promise<void> {
		let stage: 'open' | 'load' = 'open';
		try {
			const db = await openDatabase();
			stage = 'load';
			onVersionChange(() => (this.outdated = true));
			if ((await getMeta(db, 'contentHash')) !== contentMeta.hash) {
				// The bundle is precached JSON: fetched (from the cache) only when the content changed.
				await syncContent(db, await fetchBundle(contentMeta.url), now());
			}
			this.settings = await loadSettings(db);
			this.#db = db;
			this.status = 'ready';
			void historyGuard.start(db);
		} catch (error) {
			console.error(error);
			this.error = userMessage(error);
			const failure = bootFailure(stage, error);
			if (failure.screen === 'recovery') {
				this.recoveryReason = failure.reason;
				this.error = technicalDetail(error);
			}
			this.status = failure.screen === 'recovery' ? 'recovery' : 'failed';
			throw error;
		}
	}

	async updateSettings(patch: Partial<Settings>): Promise<void> {
		this.settings = await saveSettings(this.db, patch);
	}
}

export const app = new AppState();
