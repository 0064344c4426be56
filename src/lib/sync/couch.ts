// The CouchDB server, through PouchDB's HTTP adapter (the reference client of the replication
// protocol): the changes feed read from a checkpoint, _bulk_docs to send. The only file that talks
// to the server. PouchDB is loaded on first use, so it is never part of the first screen.
import type { SyncConfig } from '$lib/model';
import type { SyncDoc } from './docs';
import type { ServerHistory } from './restore';

export type CouchProblem = 'auth' | 'not-found' | 'unreachable' | 'server';

export class CouchError extends Error {
	constructor(
		readonly problem: CouchProblem,
		message: string,
		readonly status: number | null = null
	) {
		super(message);
		this.name = 'CouchError';
	}
}

export interface PulledPage {
	docs: unknown[];
	/** The feed position after this page: the next pull resumes from it. */
	lastSeq: string;
	/** Whether the page was full, so more may follow. */
	more: boolean;
}

export type SendResult = { docId: string; rev: string } | { docId: string; error: 'conflict' | 'refused'; reason: string };

export interface Remote {
	/** The server's name and version, e.g. "CouchDB 3.4.2". Checks the database and the sign-in too. */
	check(): Promise<string>;
	pull(since: string, limit: number): Promise<PulledPage>;
	send(docs: SyncDoc[]): Promise<SendResult[]>;
	/** How much history the database holds (for the offer to restore from it). */
	history(): Promise<ServerHistory>;
	/** The server's current versions of these documents (those it has and did not delete). */
	fetch(docIds: string[]): Promise<unknown[]>;
}

export const serverUrlOf = (config: Pick<SyncConfig, 'serverUrl'>) => config.serverUrl.replace(/\/+$/, '');

/** A thrown error → what went wrong, in words a user can act on. */
export function couchErrorOf(error: unknown, database: string): CouchError {
	if (error instanceof CouchError) return error;
	const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : null;
	if (status === 401 || status === 403)
		return new CouchError('auth', 'Sign-in failed: the server refused this user name and password.', status);
	if (status === 404) return new CouchError('not-found', `There is no database "${database}" on this server. Create it first (see the README).`, status);
	if (status === null || status === 0)
		return new CouchError('unreachable', 'The server cannot be reached: check the address, and that it allows this app (CORS).');
	return new CouchError('server', `The server answered with an error (${status}${(error as Error)?.message ? `: ${(error as Error).message}` : ''}).`, status);
}

export async function connect(config: SyncConfig): Promise<Remote> {
	const [{ default: PouchDB }, { default: http }] = await Promise.all([import('pouchdb-core'), import('pouchdb-adapter-http')]);
	PouchDB.plugin(http);
	const server = serverUrlOf(config);
	const db = new PouchDB(`${server}/${encodeURIComponent(config.database)}`, {
		adapter: 'http',
		// Never create the database: a typo must say "no such database", not make a new one.
		skip_setup: true,
		auth: { username: config.username, password: config.password },
		// Basic auth on each request; no cookies, so nothing of the session outlives sync being on.
		fetch: (url, init) => fetch(url, { ...init, credentials: 'omit' })
	});
	const wrap = async <T>(body: () => Promise<T>): Promise<T> => {
		try {
			return await body();
		} catch (error) {
			throw couchErrorOf(error, config.database);
		}
	};
	return {
		check: () =>
			wrap(async () => {
				await db.info();
				const response = await db.fetch('/');
				if (!response.ok) throw Object.assign(new Error(response.statusText), { status: response.status });
				const root = (await response.json()) as { couchdb?: string; version?: string; vendor?: { name?: string } };
				const name = root.couchdb ? 'CouchDB' : (root.vendor?.name ?? 'CouchDB-compatible server');
				return `${name === 'PouchDB authors' ? 'PouchDB Server' : name} ${root.version ?? ''}`.trim();
			}),
		pull: (since, limit) =>
			wrap(async () => {
				// style main_only: the winning revision only; this app never makes CouchDB conflicts
				// (it sends with the revision it read), and merges edits itself (merge.ts).
				const page = await db.changes({ since, limit, batch_size: limit, include_docs: true, style: "main_only" });
				// Deleted documents and design documents are not ours to read (this app never deletes one).
				const docs = page.results.filter((row) => !row.deleted && !row.id.startsWith('_design/')).map((row) => row.doc).filter((doc) => doc !== undefined);
				return { docs, lastSeq: String(page.last_seq), more: page.results.length >= limit };
			}),
		history: () =>
			wrap(async () => {
				// Counting reviews alone would need a view (a design document) on the user's server;
				// the database's document count and one review's presence are enough to decide.
				const [info, firstReview] = await Promise.all([db.info(), db.allDocs({ startkey: 'review:', endkey: 'review:\ufff0', limit: 1 })]);
				return { documents: info.doc_count, hasReviews: firstReview.rows.length > 0 };
			}),
		fetch: (docIds) =>
			wrap(async () => {
				const { rows } = await db.allDocs({ keys: docIds, include_docs: true });
				return rows.flatMap((row) => ('value' in row && !row.value.deleted && row.doc ? [row.doc] : []));
			}),
		send: (docs) =>
			wrap(async () => {
				const results = await db.bulkDocs(docs as unknown as Record<string, unknown>[]);
				return results.map((result, i): SendResult => {
					if ('ok' in result && result.ok) return { docId: result.id, rev: result.rev };
					const failed = result as { error: string; reason?: string; status?: number; id?: string };
					if (failed.status === 401 || failed.status === 403 || failed.error === 'unauthorized')
						throw new CouchError('auth', 'Sign-in failed: the server refused this user name and password.', failed.status ?? 401);
					return { docId: failed.id ?? docs[i]._id, error: failed.error === 'conflict' ? 'conflict' : 'refused', reason: failed.reason ?? failed.error };
				});
			})
	};
}
