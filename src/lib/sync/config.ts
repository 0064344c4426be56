// What the user types into Settings → Sync, checked before anything is stored or sent. Pure.
import type { SyncConfig } from '$lib/model';

export interface SyncForm {
	serverUrl: string;
	database: string;
	username: string;
	password: string;
}

/** Hosts where plain http is allowed: the server runs on this very machine. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** CouchDB's rule for database names. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]{0,237}$/;

/**
 * The config for a form, or what is wrong with it. The server must be https, except on this machine;
 * it must be a bare server address (the database has its own field, and credentials never go in a URL).
 * @example checkSyncForm({ serverUrl: 'http://couch.example.org', … }) // { ok: false, problem: 'The server must use HTTPS …' }
 */
export function checkSyncForm(form: SyncForm): { ok: true; config: SyncConfig } | { ok: false; problem: string } {
	let url: URL;
	try {
		url = new URL(form.serverUrl.trim());
	} catch {
		return { ok: false, problem: 'The server address is not a URL (expected something like https://couch.example.org).' };
	}
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname)))
		return { ok: false, problem: 'The server must use HTTPS (plain http is allowed only for localhost), so your history and password travel encrypted.' };
	if (url.username || url.password) return { ok: false, problem: 'Put the user name and password in their own fields, not in the address.' };
	if (url.search || url.hash) return { ok: false, problem: 'The server address must not have a query or a fragment.' };
	const database = form.database.trim();
	if (!DATABASE_NAME.test(database))
		return { ok: false, problem: 'The database name must start with a lowercase letter and use only a-z, 0-9 and _$()+-/ (CouchDB’s rule).' };
	if (!form.username.trim() || !form.password) return { ok: false, problem: 'Enter the user name and password for this database.' };
	const serverUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
	return { ok: true, config: { serverUrl, database, username: form.username.trim(), password: form.password, origin: url.origin } };
}

/** The one sentence shown when sync is turned on: what leaves the device, and where it goes. */
export function disclosure(config: Pick<SyncConfig, 'origin' | 'database'>): string {
	return `Your review history, own cards, saved sets, interview dates, suspended cards, settings and design progress will be copied to the database "${config.database}" at ${config.origin}, and kept in step with it.`;
}
