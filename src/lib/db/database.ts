import Dexie, { type Table } from 'dexie';
import { MIGRATIONS, type Migration } from './migrations';
import type {
	AttemptRecord,
	CardRecord,
	DraftRecord,
	InterviewRecord,
	ItemRecord,
	KeyValueRecord,
	ReviewRecord,
	SetRecord,
	SyncConflictRecord,
	SyncDocRecord,
	SyncHeldRecord,
	SyncOutboxRecord
} from '$lib/model';
import { outboxMiddleware } from './outbox';
import { DB_NAME } from './schema';

/** Why this connection can no longer be used, once it cannot. */
export type StaleReason = 'versionchange' | 'closed';

export class RehearseDb extends Dexie {
	declare readonly items: Table<ItemRecord, string>;
	declare readonly cards: Table<CardRecord, string>;
	declare readonly reviews: Table<ReviewRecord, string>;
	declare readonly attempts: Table<AttemptRecord, string>;
	declare readonly sets: Table<SetRecord, string>;
	declare readonly settings: Table<KeyValueRecord, string>;
	declare readonly meta: Table<KeyValueRecord, string>;
	declare readonly drafts: Table<DraftRecord, string>;
	declare readonly interviews: Table<InterviewRecord, string>;
	declare readonly syncOutbox: Table<SyncOutboxRecord, string>;
	declare readonly syncDocs: Table<SyncDocRecord, string>;
	declare readonly syncConflicts: Table<SyncConflictRecord, string>;
	declare readonly syncHeld: Table<SyncHeldRecord, string>;

	/** Set when another tab upgraded the schema: this tab's code is out of date and must not write. */
	staleReason: StaleReason | null = null;

	/**
	 * Whether sync is on: then every change to the user's data is queued in the outbox, in its own
	 * transaction (db/outbox.ts). Set from the stored sync config when the database opens, and by
	 * turning sync on or off.
	 */
	syncTracking = false;

	constructor(name: string = DB_NAME, migrations: readonly Migration[] = MIGRATIONS) {
		// autoOpen off: Dexie would otherwise silently reopen after a versionchange close, and this
		// tab's old code would then write into a schema it does not know.
		super(name, { autoOpen: false });
		for (const migration of migrations) {
			const version = this.version(migration.version).stores(migration.stores);
			if (migration.upgrade) version.upgrade(migration.upgrade);
		}
		this.use(outboxMiddleware(() => this.syncTracking));
	}
}
