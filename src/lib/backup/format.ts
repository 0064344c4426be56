// The backup file, version 2: what a user's history looks like outside the app. Everything in it is
// the user's; bundled content is not (it ships with the app and is re-synced on start).
// Changing this shape means a new version number and an upgrade beside v1.ts (run by validate.ts):
// files already on people's drives must keep importing.
import type { DesignProgress } from '$lib/db';
import type { UserItemDraft } from '$lib/user-items';
import type {
	AttemptRecord,
	CardRecord,
	DraftRecord,
	InterviewRecord,
	ItemRecord,
	ReviewRecord,
	SetRecord
} from '$lib/model';

export const BACKUP_FORMAT = 'rehearse-backup';
export const BACKUP_VERSION = 2;
/** The name of the JSON file inside a zipped backup. */
export const ZIPPED_ENTRY_NAME = 'rehearse-backup.json';

/** A file over this size is refused before it is read: 50 MB of anything cannot freeze the tab. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** A zipped backup may expand to this much JSON and no more (a zip bomb stops here). */
export const MAX_JSON_BYTES = 100 * 1024 * 1024;

/**
 * An own card as the file keeps it: the draft it was written from, never HTML. On import the item is
 * rebuilt from the draft by buildUserItem, so any HTML in the app was made by our sanitiser.
 */
export interface BackupUserItem {
	id: string;
	draft: UserItemDraft;
	archived: boolean;
	updatedAt: number;
}

export interface BackupData {
	/** The review log: the source of truth for every card's schedule. */
	reviews: ReviewRecord[];
	/** Every card's state: a cache of the log, kept for the suspended flags and for a fast restore. */
	cards: CardRecord[];
	attempts: AttemptRecord[];
	userItems: BackupUserItem[];
	sets: SetRecord[];
	/** Setting key → value. */
	settings: Record<string, unknown>;
	interviews: InterviewRecord[];
	drafts: DraftRecord[];
	/** Design scenario slug → sections read and queries run. */
	designProgress: Record<string, DesignProgress>;
}

export interface BackupFileV2 {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** When the file was made, epoch ms. */
	exportedAt: number;
	app: {
		/** The content bundle the exporting device had: cards of newer content may be unknown here. */
		contentHash: string;
		appVersion: string;
	};
	data: BackupData;
}

/** A file that passed validation: user items are rebuilt records, ready to store. */
export interface ValidBackup {
	exportedAt: number;
	/** The version the file was written in (older ones were migrated). */
	fileVersion: number;
	contentHash: string;
	appVersion: string;
	data: Omit<BackupData, 'userItems'> & { userItems: ItemRecord[] };
	/** Settings the file had that this version of Rehearse does not know; they are left out. */
	skippedSettings: string[];
}
