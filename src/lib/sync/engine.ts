// The replication loop: pull the server's changes from the checkpoint, merge them in, send what
// changed here, and say how it went. Runs while sync is on and the app is open: on start, when the
// browser comes back online or the app comes back into view, shortly after each local change (at
// most every few seconds), and every PULL_EVERY_MS. When the server is down it waits longer each
// time (exponential backoff); after a wrong password it waits for the user.
import {
	applyServerBatch,
	cardsAwaitingReplay,
	replayAwaiting,
	reviewCountsOf,
	heldDocuments,
	localVersions,
	nextToSend,
	outboxCount,
	recordSent,
	recordSyncedAt,
	reviewHistorySummary,
	setSyncRestoring,
	syncCheckpoint,
	syncRestoring,
	type LocalRecord,
	type ServerBatch
} from '$lib/db';
import type { RehearseDb } from '$lib/db';
import type { SyncConfig, SyncDocRecord } from '$lib/model';
import { connect, couchErrorOf, type CouchProblem, type Remote } from './couch';
import { bodyHash, bodyOf, toDoc, type SyncDoc } from './docs';
import { planPulled, type Refusal } from './plan';
import { offersRestore, type ServerHistory } from './restore';

/**
 * Documents per page of the changes feed, and per _bulk_docs request. Large pages matter: a server
 * spends much of its time per request (pouchdb-server reads 100,000 documents in 10.6 s in pages of
 * 500, 3.6 s in pages of 2,000).
 */
export const PULL_PAGE = 2_000;
/**
 * Pulled documents checked, planned and written per transaction. Fewer, larger transactions are
 * faster (250 a transaction took twice as long as 500 overall); validating 500 documents is a
 * task of 10-30 ms, and their writes are split into smaller requests (db/sync-store.ts).
 */
const MERGE_SLICE = 500;
export const SEND_BATCH = 250;
/**
 * Reviews replayed per transaction (whole cards, at least one): 1,500 took up to 70 ms of
 * scheduling on a busy machine; 600 keep a task well under 50 ms.
 */
const REPLAY_REVIEWS = 600;
/** Local changes wait this long after the last send, so a quick run of answers goes as one request. */
export const SEND_GAP_MS = 3_000;
export const PULL_EVERY_MS = 20_000;
const BACKOFF_FIRST_MS = 2_000;
const BACKOFF_MAX_MS = 5 * 60_000;
/** How often the outbox is counted for the status line and for changes to send. */
const WATCH_MS = 1_000;

/** `restore`: this device is empty and the server holds a history; sync waits for the user (restore.ts). */
export type SyncPhase = 'syncing' | 'synced' | 'offline' | 'restore' | CouchProblem;

export interface SyncStatus {
	phase: SyncPhase;
	/** The last time a sync completed, epoch ms. */
	lastSyncedAt: number | null;
	/** Changes made here and not yet sent. */
	waiting: number;
	/** When the next attempt is due after a failure. */
	retryAt: number | null;
	/** What went wrong, in words for the user (with the failing phase). */
	message: string | null;
	/** Documents from the server that were refused, and why (most recent first, a few). */
	refused: Refusal[];
	/** Server name and version, once it answered. */
	server: string | null;
	/** Reviews stored from the server so far in this session (a first sync's progress). */
	received: number;
	/** What the server holds, when it offers a restore (phase `restore`). */
	serverHistory: ServerHistory | null;
}

export interface EngineDeps {
	now(): number;
	online(): boolean;
	/** Lets the page paint between two slices of work. */
	yieldToPage(): Promise<void>;
	onStatus(status: SyncStatus): void;
}

export class SyncEngine {
	#status: SyncStatus;
	#remote: Remote | null = null;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#watch: ReturnType<typeof setInterval> | null = null;
	#running: Promise<void> | null = null;
	#again = false;
	#stopped = false;
	#failures = 0;
	#lastSendAt = 0;
	/** Whether it is settled that this device syncs as usual (no restore to offer, or the user chose). */
	#restoreSettled = false;
	/** The pull under way keeps the server's versions (a restore). */
	#serverWins = false;

	constructor(
		readonly db: RehearseDb,
		readonly config: SyncConfig,
		readonly deps: EngineDeps,
		lastSyncedAt: number | null
	) {
		this.#status = { phase: 'syncing', lastSyncedAt, waiting: 0, retryAt: null, message: null, refused: [], server: null, received: 0, serverHistory: null };
	}

	get status(): SyncStatus {
		return this.#status;
	}

	start(): void {
		// For the benchmark: long tasks after this mark are sync's, not the page's own start.
		performance.mark('rehearse:sync-start');
		this.#watch = setInterval(() => void this.#countWaiting(), WATCH_MS);
		this.syncNow();
	}

	stop(): void {
		this.#stopped = true;
		if (this.#timer) clearTimeout(this.#timer);
		if (this.#watch) clearInterval(this.#watch);
	}

	/** Syncs at once (or right after the sync under way): start, online again, "Sync now". */
	syncNow(): void {
		if (this.#stopped) return;
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#dueAt = null;
		if (this.#running) {
			this.#again = true;
			return;
		}
		this.#running = this.#cycle().finally(() => {
			this.#running = null;
			if (this.#again && !this.#stopped) {
				this.#again = false;
				this.syncNow();
			}
		});
	}

	/**
	 * "Restore from the server": the next pull keeps the server's version of everything both sides
	 * have (this device's untouched defaults do not win by being newer); what only this device has
	 * is still sent. Remembered, so a restore cut off resumes as one.
	 */
	async restoreFromServer(): Promise<void> {
		await setSyncRestoring(this.db, true);
		this.#restoreSettled = true;
		this.syncNow();
	}

	/** "Merge with this device": sync as usual, uniting both histories. */
	mergeWithServer(): void {
		this.#restoreSettled = true;
		this.syncNow();
	}

	/** True when this device is empty and the server holds a history: then sync waits for the user. */
	async #waitsForRestoreChoice(remote: Remote): Promise<boolean> {
		if (this.#restoreSettled) return false;
		const [summary, checkpoint] = await Promise.all([reviewHistorySummary(this.db), syncCheckpoint(this.db)]);
		const device = { reviews: summary.reviewCount, pulledBefore: checkpoint !== undefined };
		// Only an empty device that never read this database can be offered it; ask the server only then.
		if (device.reviews > 0 || device.pulledBefore) {
			this.#restoreSettled = true;
			return false;
		}
		const server = await remote.history();
		if (!offersRestore(device, server)) {
			this.#restoreSettled = true;
			return false;
		}
		this.#set({ phase: 'restore', serverHistory: server, message: null, retryAt: null, waiting: await outboxCount(this.db) });
		return true;
	}

	/** Settles when the sync under way (if any) is done: for tests and the benchmark. */
	async idle(): Promise<void> {
		while (this.#running) await this.#running;
	}

	#set(patch: Partial<SyncStatus>): void {
		this.#status = { ...this.#status, ...patch };
		this.deps.onStatus(this.#status);
	}

	#dueAt: number | null = null;

	/** Runs a sync in `ms`, unless one is due sooner (`replace`: whatever was due). */
	#later(ms: number, replace = true): void {
		if (this.#stopped) return;
		const at = this.deps.now() + ms;
		if (!replace && this.#dueAt !== null && this.#dueAt <= at) return;
		if (this.#timer) clearTimeout(this.#timer);
		this.#dueAt = at;
		this.#timer = setTimeout(() => this.syncNow(), ms);
	}

	async #countWaiting(): Promise<void> {
		if (this.#stopped) return;
		let waiting: number;
		try {
			waiting = await outboxCount(this.db);
		} catch {
			return; // a closed connection: the next cycle reports it
		}
		if (waiting !== this.#status.waiting) this.#set({ waiting });
		// A local change: send it soon, but not more often than every SEND_GAP_MS.
		if (waiting > 0 && this.#status.phase === 'synced' && !this.#running)
			this.#later(Math.max(0, this.#lastSendAt + SEND_GAP_MS - this.deps.now()), false);
	}

	async #cycle(): Promise<void> {
		if (!this.deps.online()) {
			this.#set({ phase: 'offline', message: null, retryAt: null, waiting: await outboxCount(this.db) });
			return; // the 'online' event calls syncNow
		}
		this.#set({ phase: 'syncing', retryAt: null });
		try {
			this.#remote ??= await connect(this.config);
			if (this.#status.server === null) this.#set({ server: await this.#remote.check() });
			if (await this.#waitsForRestoreChoice(this.#remote)) return;
			this.#serverWins = await syncRestoring(this.db);
			await this.#pull(this.#remote);
			if (this.#serverWins) await setSyncRestoring(this.db, false);
			this.#serverWins = false;
			await this.#replay();
			await this.#send(this.#remote);
			const at = this.deps.now();
			await recordSyncedAt(this.db, at);
			this.#failures = 0;
			this.#set({ phase: 'synced', lastSyncedAt: at, message: null, waiting: await outboxCount(this.db) });
			this.#later(PULL_EVERY_MS);
		} catch (error) {
			const problem = couchErrorOf(error, this.config.database);
			// The reason stays in the console for whoever debugs it (never the credentials: errors carry none).
			if (!(error instanceof Error && error.name === 'CouchError')) console.warn('Sync failed', error);
			const waiting = await outboxCount(this.db).catch(() => this.#status.waiting);
			if (problem.problem === 'auth' || problem.problem === 'not-found') {
				// Trying again cannot help until the user changes something; "Sync now" retries.
				this.#set({ phase: problem.problem, message: problem.message, retryAt: null, waiting });
				return;
			}
			if (!this.deps.online()) {
				this.#set({ phase: 'offline', message: null, retryAt: null, waiting });
				return;
			}
			const delay = Math.min(BACKOFF_FIRST_MS * 2 ** this.#failures, BACKOFF_MAX_MS);
			this.#failures++;
			this.#set({ phase: problem.problem, message: problem.message, retryAt: this.deps.now() + delay, waiting });
			this.#later(delay);
		}
	}

	/**
	 * Reads the changes feed from the checkpoint to its end, page by page, merging each page in. The
	 * next page is asked for while this one is written, so the server's time and the device's overlap.
	 */
	async #pull(remote: Remote): Promise<void> {
		const ask = (since: string) => {
			const page = remote.pull(since, PULL_PAGE);
			// Awaited below; until then a failure must not count as unhandled (it is thrown there).
			page.catch(() => undefined);
			return page;
		};
		let next = ask((await syncCheckpoint(this.db)) ?? '0');
		for (;;) {
			const page = await next;
			if (page.more) next = ask(page.lastSeq);
			// A page is merged in slices, each its own transaction, with a pause for the page between:
			// the checkpoint goes with the last slice, so a sync cut off mid-page reads the page again,
			// and merging what is already here changes nothing.
			for (let from = 0; from < page.docs.length || from === 0; from += MERGE_SLICE) {
				const docs = page.docs.slice(from, from + MERGE_SLICE);
				const last = from + MERGE_SLICE >= page.docs.length;
				await this.#merge(docs, last ? page.lastSeq : null);
				if (!last) await this.deps.yieldToPage();
			}
			if (!page.more) break;
			await this.deps.yieldToPage();
		}
		// Documents held back for a card this device lacked: their card may have come meanwhile.
		const held = await heldDocuments(this.db);
		if (held.length) {
			const batch: ServerBatch = {
				records: held.map((row) => row.doc as unknown as LocalRecord),
				synced: [],
				dropQueued: [],
				requeue: [],
				conflicts: [],
				unheld: held.map((row) => row.docId),
				since: null
			};
			await this.#apply(batch, new Map(held.map((row) => [row.docId, row.rev])));
		}
	}

	/** Checks, plans and writes some pulled documents; `since` is the checkpoint to store with them. */
	async #merge(docs: unknown[], since: string | null): Promise<void> {
		const ids = docs.map((doc) => (doc as SyncDoc)._id).filter((id) => typeof id === 'string');
		const locals = await localVersions(this.db, ids);
		const { batch, refused } = planPulled(docs, locals, since, this.deps.now(), { serverWins: this.#serverWins });
		if (refused.length) {
			console.warn('Sync refused documents from the server', refused);
			this.#set({ refused: [...refused, ...this.#status.refused].slice(0, 20) });
		}
		await this.#apply(batch, new Map());
		const reviews = batch.records.filter((r) => r.kind === 'review').length;
		if (reviews) this.#set({ received: this.#status.received + reviews });
	}

	async #apply(batch: ServerBatch, heldRevs: Map<string, string>): Promise<void> {
		await applyServerBatch(this.db, batch, heldRevs, this.deps.now());
	}

	/** Replays every card a pull changed, a slice at a time, once the whole pull is in. */
	async #replay(): Promise<void> {
		const waiting = await cardsAwaitingReplay(this.db);
		const reviewsOf = await reviewCountsOf(this.db, waiting);
		let slice: string[] = [];
		let reviews = 0;
		for (const cardId of waiting) {
			slice.push(cardId);
			reviews += reviewsOf.get(cardId) ?? 0;
			if (reviews < REPLAY_REVIEWS) continue;
			await replayAwaiting(this.db, slice);
			await this.deps.yieldToPage();
			slice = [];
			reviews = 0;
		}
		if (slice.length) await replayAwaiting(this.db, slice);
	}

	/**
	 * Sends the outbox in batches. A document the server has in a newer version (someone else changed
	 * it meanwhile, or this device never noted its revision) is read back, merged, and sent again if
	 * this device's version still wins: once per document and sync, so two devices cannot ping-pong.
	 */
	async #send(remote: Remote): Promise<void> {
		const skip = new Set<string>();
		const readBack = new Set<string>();
		for (;;) {
			const queued = (await nextToSend(this.db, SEND_BATCH + skip.size, this.deps.now())).filter((entry) => !skip.has(entry.docId));
			if (queued.length === 0) return;
			const docs: { docId: string; at: number; doc: SyncDoc }[] = [];
			const unchanged: { docId: string; at: number }[] = [];
			for (const { docId, at, version } of queued.slice(0, SEND_BATCH)) {
				const { record, known } = version;
				const updatedAt = record.kind === 'user-item' && record.value ? record.value.updatedAt : at;
				const doc = toDoc(record, updatedAt, known?.rev);
				// Nothing to send (a card that is gone), or the server has this very body already.
				if (!doc || (known && known.hash === bodyHash(bodyOf(doc)))) unchanged.push({ docId, at });
				else docs.push({ docId, at, doc });
			}
			const results = docs.length ? await remote.send(docs.map((entry) => entry.doc)) : [];
			this.#lastSendAt = this.deps.now();
			const sent: { docId: string; at: number; synced: SyncDocRecord }[] = [];
			const conflicted: string[] = [];
			results.forEach((result, i) => {
				const entry = docs[i];
				if ('rev' in result) {
					sent.push({ docId: entry.docId, at: entry.at, synced: { docId: entry.docId, rev: result.rev, hash: bodyHash(bodyOf(entry.doc)), updatedAt: entry.doc.updatedAt } });
				} else if (result.error === 'conflict' && !readBack.has(entry.docId)) {
					conflicted.push(entry.docId);
				} else {
					skip.add(entry.docId);
					if (result.error !== 'conflict') console.warn(`Sync: the server refused ${entry.docId}: ${result.reason}`);
				}
			});
			await recordSent(this.db, sent, unchanged);
			if (conflicted.length) {
				for (const docId of conflicted) readBack.add(docId);
				await this.#merge(await remote.fetch(conflicted), null);
				await this.#replay();
			}
			this.#set({ waiting: await outboxCount(this.db) });
			await this.deps.yieldToPage();
		}
	}
}
