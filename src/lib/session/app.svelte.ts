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
	syncContentInSlices,
	userMessage,
	type RehearseDb,
	type Settings
} from '$lib/db';
import { now } from '$lib/clock';
import type { Item } from '$lib/model';
import { bootFailure, technicalDetail, type RecoveryReason } from './boot-failure';
import { batchReader, itemsInBatches, writeBatches } from './content-batches';
import { historyGuard } from './history-guard.svelte';
import { syncState } from './sync.svelte';

async function fetchSlice(url: string): Promise<Item[]> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`The study content could not be loaded (${response.status} ${url}).`);
	return (await response.json()) as Item[];
}

/** Lets input and painting in between two write batches of a first-visit content sync. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The bank's slices, as written: the first whole, the rest in small batches (content-batches.ts). */
const batches = writeBatches(contentMeta.slices.map((slice) => slice.items));

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
	/**
	 * While a first visit (or a content update) is still storing the bank in the background: how
	 * many of its questions are in. Null once everything is. Today draws before; pages that list the
	 * bank wait for it.
	 */
	contentLoading = $state<{ stored: number; total: number } | null>(null);

	#db: RehearseDb | null = null;
	#booting: Promise<void> | null = null;
	#contentDone: Promise<void> = Promise.resolve();

	get db(): RehearseDb {
		if (!this.#db) throw new Error('The database is not open yet: await app.ready first.');
		return this.#db;
	}

	/** Resolves once the database is open and the settings are loaded: a first run's onboarding needs no more. */
	get opened(): Promise<void> {
		return (this.#booting ??= this.#boot());
	}

	/**
	 * Resolves once the database is open, settings are loaded and the content is stored, or at
	 * least its first slice (see contentLoading and contentStored). Asks for that slice.
	 */
	get ready(): Promise<void> {
		this.#releaseFirst();
		return this.opened.then(() => this.#firstSlice);
	}

	/** Resolves once every slice of the content is stored; asks for none (see storeRest). */
	get contentStored(): Promise<void> {
		return this.opened.then(() => this.#firstSlice).then(() => this.#contentDone);
	}

	/**
	 * Lets a first visit's content be stored whole. Until the first screen has been drawn (the
	 * layout calls this once the page is idle), the device fetches no more than that screen asks
	 * for: the first slice for Today, none for a first run's onboarding. So a first visit's
	 * bandwidth goes to what the user sees; a screen that needs the whole bank calls this at once.
	 */
	storeRest(): void {
		this.#releaseFirst();
		this.#releaseRest();
	}

	#releaseFirst: () => void = () => {};
	#firstMayStart = new Promise<void>((resolve) => (this.#releaseFirst = resolve));
	#releaseRest: () => void = () => {};
	#restMayStart = new Promise<void>((resolve) => (this.#releaseRest = resolve));

	async #boot(): Promise<void> {
		let stage: 'open' | 'load' = 'open';
		try {
			const db = await openDatabase();
			stage = 'load';
			onVersionChange(() => (this.outdated = true));
			if ((await getMeta(db, 'contentHash')) !== contentMeta.hash) {
				// The slices are precached JSON, fetched (from the cache once installed) only when the
				// content changed. The first one is stored before Today draws (a first run's onboarding
				// draws without it); the rest follow once the first screen is up.
				this.#contentDone = this.#storeContent(db);
			}
			this.settings = await loadSettings(db);
			this.#db = db;
			this.status = 'ready';
			void historyGuard.start(db);
			void syncState.start(db);
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

	#firstSlice: Promise<void> = Promise.resolve();

	/** Stores the content slice by slice; #firstSlice settles when the first is in (or failed). */
	#storeContent(db: RehearseDb): Promise<void> {
		let firstIn: () => void = () => {};
		let firstFailed: (error: unknown) => void = () => {};
		this.#firstSlice = new Promise<void>((resolve, reject) => ((firstIn = resolve), (firstFailed = reject)));
		let firstStored = false;
		this.contentLoading = { stored: 0, total: contentMeta.total };
		const slices = { count: batches.length, items: batchReader(batches, (slice) => fetchSlice(contentMeta.slices[slice].url)) };
		const afterBatch = async (done: number) => {
			this.contentLoading = { stored: itemsInBatches(batches, done), total: contentMeta.total };
			// After a reload mid-way, the first batch this run stores is a later one: Today needs no more.
			if (!firstStored) {
				firstStored = true;
				firstIn();
			}
			await yieldToPage();
			await this.#restMayStart;
		};
		// Nothing is fetched, nor the code that stores it, until a screen asks (see storeRest).
		const stored = this.#firstMayStart.then(() => syncContentInSlices(db, contentMeta.hash, slices, now(), afterBatch)).then(
			() => {
				firstIn();
				this.contentLoading = null;
			},
			(error: unknown) => {
				firstFailed(error);
				// Without its first slice no screen but onboarding can draw: the app could not start.
				if (!firstStored) {
					this.error = userMessage(error);
					this.status = 'failed';
				}
				throw error;
			}
		);
		stored.catch((error: unknown) => {
			// After Today has drawn, a failed slice is said where the bank is waited for.
			console.error(error);
			this.contentError = userMessage(error);
		});
		return stored;
	}

	/**
	 * One bundled item read from its slice file, for a screen opened on a first visit before the
	 * bank is stored (a drill's link): it draws at once instead of waiting for the whole bank.
	 * Null when no slice holds the id.
	 */
	async bankItem(id: string): Promise<Item | null> {
		for (const slice of contentMeta.slices) {
			if (id < slice.first || id > slice.last) continue;
			const found = (await fetchSlice(slice.url)).find((item) => item.id === id);
			if (found) return found;
		}
		return null;
	}

	/** Why the rest of the content could not be stored, after the first slice was. */
	contentError = $state<string | null>(null);

	async updateSettings(patch: Partial<Settings>): Promise<void> {
		this.settings = await saveSettings(this.db, patch);
	}
}

export const app = new AppState();
