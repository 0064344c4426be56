// Records every change to the user's synced data in the sync outbox, inside the transaction that
// makes the change: a change is never stored without being queued, whichever repository made it.
// A Dexie DBCore middleware sees each write as keys and values, so no repository needs to know that
// sync exists. It writes only when sync is on (RehearseDb.syncTracking) and the transaction has the
// outbox in scope (writeTransaction adds it), and never for writes that came from the server
// (their transaction is marked by markFromServer).
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreTable, type Middleware } from 'dexie';
import { syncDocId, USER_ID_PREFIX, type SyncDocId } from '$lib/model';
import { now } from '$lib/clock';

export const OUTBOX = 'syncOutbox';
/** The outbox row that means "a whole table was cleared: compare everything" (a Replace import). */
export const RESCAN: string = '*';

const fromServer = new WeakSet<object>();

/** Marks the current Dexie transaction as applying the server's changes: they are not queued back. */
export function markFromServer(): void {
	const trans = Dexie.currentTransaction as unknown as { idbtrans?: object } | null;
	if (trans?.idbtrans) fromServer.add(trans.idbtrans);
}

type Keyed = { key: unknown; value?: Record<string, unknown>; change?: Record<string, unknown> };

/** The document a changed row belongs to, or null when the row is not synced. */
function docOf(table: string, { key, value, change }: Keyed): SyncDocId | null {
	if (typeof key !== 'string') return null;
	switch (table) {
		case 'reviews':
			return syncDocId('review', key);
		case 'cards':
			// Only the suspended flag of a card is the user's; its schedule is replayed from reviews.
			// Answers rewrite cards all the time with the flag untouched, and those are not queued.
			return value?.suspended === 1 || (change && 'suspended' in change) ? syncDocId('card-flags', key) : null;
		case 'items':
			return key.startsWith(USER_ID_PREFIX) ? syncDocId('user-item', key) : null;
		case 'sets':
			return syncDocId('set', key);
		case 'interviews':
			return syncDocId('interview', key);
		case 'settings':
			return syncDocId('setting', key);
		case 'meta':
			return key.startsWith('design:') ? syncDocId('design', key.slice('design:'.length)) : null;
		default:
			return null;
	}
}

const TRACKED = new Set(['reviews', 'cards', 'items', 'sets', 'interviews', 'settings', 'meta']);

function changedRows(table: DBCoreTable, req: DBCoreMutateRequest): Keyed[] | 'all' {
	switch (req.type) {
		case 'deleteRange':
			return 'all';
		case 'delete':
			return req.keys.map((key) => ({ key }));
		case 'add':
		case 'put': {
			if (req.type === 'put' && req.updates)
				return req.updates.keys.map((key, i) => ({ key, change: req.updates!.changeSpecs[i] }));
			const extract = table.schema.primaryKey.extractKey;
			return req.values.map((value, i) => ({
				key: req.keys?.[i] ?? (extract ? extract(value) : undefined),
				value: value as Record<string, unknown>,
				change: req.type === 'put' ? req.changeSpec : undefined
			}));
		}
	}
}

export function outboxMiddleware(isTracking: () => boolean): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'sync-outbox',
		create(down: DBCore): DBCore {
			return {
				...down,
				table(name) {
					const table = down.table(name);
					if (!TRACKED.has(name)) return table;
					return {
						...table,
						mutate(req) {
							const trans = req.trans as unknown as IDBTransaction;
							if (!isTracking() || fromServer.has(trans) || !trans.objectStoreNames?.contains(OUTBOX)) return table.mutate(req);
							const rows = changedRows(table, req);
							return table.mutate(req).then(async (result) => {
								const at = now();
								const docIds = rows === 'all' ? [RESCAN] : [...new Set(rows.map((row) => docOf(name, row)).filter((id) => id !== null))];
								if (docIds.length)
									await down.table(OUTBOX).mutate({ type: 'put', trans: req.trans, values: docIds.map((docId) => ({ docId, at })) });
								return result;
							});
						}
					};
				}
			};
		}
	};
}
