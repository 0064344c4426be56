// The shapes stored in IndexedDB. Changing a stored shape needs a named migration in migrations/.
import type { Item } from './content.ts';
import type { CardPhase, CardState, Grade } from './scheduling.ts';

/**
 * One schedulable card an item yields. Its id is `${itemId}::${variant}` and, like the item id,
 * must never change once shipped: the review log hangs on it.
 */
export interface CardSpec {
	id: string;
	itemId: string;
	variant: string;
	deck: string;
}

/** Dexie cannot index booleans, so flags are stored as 0 or 1. */
export type Flag = 0 | 1;

export type ItemOrigin = 'bundle' | 'user';

/** Every id of the user's own items starts with this; bundled ids never do. */
export const USER_ID_PREFIX = 'mine-';

export type ItemRecord = Item & {
	origin: ItemOrigin;
	/** Hash of this item's compiled JSON: sync rewrites the item only when it changes. */
	hash: string;
	/** Set when the item left the bundle; its cards and reviews are kept. */
	archived: Flag;
	updatedAt: number;
};

export type CardRecord = CardSpec &
	CardState & {
		suspended: Flag;
		archived: Flag;
		createdAt: number;
	};

export interface ReviewRecord {
	/** Globally unique (crypto.randomUUID), so two devices' logs merge without collisions. */
	id: string;
	cardId: string;
	itemId: string;
	grade: Grade;
	reviewedAt: number;
	/** The card's phase before this review: counts new cards introduced today. */
	phaseBefore: CardPhase;
	/** Time from prompt shown to grade, in ms. */
	durationMs: number;
	/** Drill score (0-1) when the answer was scored by the app, else null. */
	score: number | null;
	/** How the card was drilled (e.g. 'reveal', 'typed', 'sql'), for stats. */
	mode: string;
}

export type AttemptVerdict = 'pass' | 'fail' | 'error';

export interface AttemptRecord {
	id: string;
	itemId: string;
	at: number;
	code: string;
	verdict: AttemptVerdict;
	durationMs: number;
	hintsUsed: number;
	/** Extra, kind-specific detail (e.g. the typed-recall diff score). */
	detail: Record<string, unknown> | null;
}

export interface SetRecord {
	id: string;
	name: string;
	/** A saved filter (query string of /practice) or a hand-picked list of item ids. */
	filter: string | null;
	itemIds: string[] | null;
	createdAt: number;
}

export interface KeyValueRecord<T = unknown> {
	key: string;
	value: T;
}

/** The last code typed in a drill (schema v2). */
export interface DraftRecord {
	itemId: string;
	code: string;
	savedAt: number;
}

/** An interview the user is preparing for (schema v3). */
export interface InterviewRecord {
	id: string;
	/** A label the user chose ("Stripe onsite"). */
	name: string;
	/** The day of the interview, local calendar date `YYYY-MM-DD`. */
	date: string;
	/** Decks and saved sets whose cards it covers; both empty means every card. */
	deckIds: string[];
	setIds: string[];
	/** Daily time budget for cards brought forward, in minutes (absent: DEFAULT_MINUTES_PER_DAY). */
	minutesPerDay?: number;
	/** Recall to aim for on the day, 0.7-0.99 (absent: DEFAULT_INTERVIEW_RETENTION). */
	targetRetention?: number;
	createdAt: number;
}

/** A document changed on this device and not yet sent to the sync server (schema v4). */
export interface SyncOutboxRecord {
	docId: string;
	/** When it was last changed here: the update time the document carries for merging. */
	at: number;
}

/** What this device and the server last agreed on for one document (schema v4). */
export interface SyncDocRecord {
	docId: string;
	/** The server's revision of it, needed to overwrite it. */
	rev: string;
	/** Hash of its body: a local change that leads back to the same body sends nothing. */
	hash: string;
	updatedAt: number;
}

/** One side of a concurrent edit: a document's body (its fields, without ids) and its update time. */
export interface SyncVersion {
	body: Record<string, unknown>;
	updatedAt: number;
}

/** A concurrent edit of one document: the version kept and the one that lost (schema v4). */
export interface SyncConflictRecord {
	/** `${docId}@${hash of the loser}`: the same conflict found twice is stored once. */
	id: string;
	docId: string;
	/** What the user sees it as ("Own card: Window functions"). */
	label: string;
	kept: SyncVersion;
	lost: SyncVersion;
	/** Whether the version kept is the one this device had. */
	keptWasMine: boolean;
	foundAt: number;
}

/** A document from the server that cannot be stored yet, kept to be tried again (schema v4). */
export interface SyncHeldRecord {
	docId: string;
	rev: string;
	/** The document as validated, ready to apply. */
	doc: Record<string, unknown>;
	reason: string;
}

/**
 * Where and as whom this device syncs (meta `syncConfig`). It stays on the device: backups and
 * exports leave the meta table out, and turning sync off deletes it.
 */
export interface SyncConfig {
	/** The server, e.g. `https://couch.example.org` (no database, no credentials in it). */
	serverUrl: string;
	database: string;
	username: string;
	password: string;
	/** The origin the Content-Security-Policy lets the app connect to: the server's, nothing else. */
	origin: string;
}
