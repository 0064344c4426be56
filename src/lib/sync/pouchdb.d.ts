// The part of PouchDB's API that couch.ts uses (the packages ship no types).
declare module 'pouchdb-core' {
	interface PouchOptions {
		adapter: 'http';
		skip_setup?: boolean;
		auth?: { username: string; password: string };
		fetch?: (url: string, init: RequestInit) => Promise<Response>;
	}
	interface ChangesResult {
		results: { id: string; seq: string | number; deleted?: boolean; doc?: Record<string, unknown> }[];
		last_seq: string | number;
	}
	type BulkResult = { ok: true; id: string; rev: string } | { error: string; reason?: string; status?: number; id: string };
	class PouchDB {
		constructor(name: string, options: PouchOptions);
		static plugin(plugin: unknown): typeof PouchDB;
		info(): Promise<{ db_name: string; update_seq: string | number; doc_count: number }>;
		changes(options: { since: string | number; limit: number; batch_size?: number; include_docs: boolean; style?: "main_only" }): Promise<ChangesResult>;
		allDocs(options: { keys: string[]; include_docs: true } | { startkey: string; endkey: string; limit: number }): Promise<{
			rows: ({ id: string; value: { rev: string; deleted?: boolean }; doc?: Record<string, unknown> | null } | { key: string; error: string })[];
		}>;
		bulkDocs(docs: Record<string, unknown>[]): Promise<BulkResult[]>;
		fetch(path: string, init?: RequestInit): Promise<Response>;
		close(): Promise<void>;
	}
	export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
	const plugin: unknown;
	export default plugin;
}
