// The Python runtime's offline download, kept apart from the app's own precache so that a phone on a
// metered connection can leave it (about 12 MB) until the first Python drill. The service worker
// stores it in a cache of its own, named by the files' revisions; the page decides when to ask.

/** Where the Pyodide runtime is served from (runners/vite-plugin-pyodide.ts). */
export const PYTHON_PATH = '/pyodide/';
/** Prefix of the runtime's cache; the rest of the name is the runtime's revision. */
export const PYTHON_CACHE_PREFIX = 'rehearse-python-';

/** Page → worker: store the runtime now (`download`), or only say how much of it is stored (`status`). */
export const PYTHON_REQUEST = 'rehearse:python-request';
/** Worker → page: how much of the runtime is stored. */
export const PYTHON_PROGRESS = 'rehearse:python-progress';

export interface PythonRequest {
	type: typeof PYTHON_REQUEST;
	action: 'download' | 'status';
}

export interface PythonProgress {
	type: typeof PYTHON_PROGRESS;
	bytes: number;
	total: number;
	/** Every file is stored: Python drills run offline. */
	done: boolean;
	/** Set when the last download stopped on a network error. */
	failed?: boolean;
}

const isMessage = (data: unknown, type: string): boolean =>
	typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;
export const isPythonRequest = (data: unknown): data is PythonRequest => isMessage(data, PYTHON_REQUEST);
export const isPythonProgress = (data: unknown): data is PythonProgress => isMessage(data, PYTHON_PROGRESS);

/** When to download the runtime: with the app, or when a Python drill first needs it. */
export type PythonDownloadChoice = 'with-app' | 'first-use';

/** What the Network Information API tells us, where the browser has it (Chromium; not Safari or Firefox). */
export interface ConnectionHints {
	saveData?: boolean;
	type?: string;
}

/**
 * The user's choice if they made one; otherwise wait for first use on a connection that is, or asks
 * to be treated as, metered (Data Saver on, or a cellular link), and download with the app elsewhere.
 */
export function pythonDownloadChoice(stored: string | null, connection: ConnectionHints | undefined): PythonDownloadChoice {
	if (stored === 'with-app' || stored === 'first-use') return stored;
	return connection?.saveData === true || connection?.type === 'cellular' ? 'first-use' : 'with-app';
}

/** The runtime cache's name for a set of file revisions: a new Pyodide gets a new cache. */
export function pythonCacheName(revisions: readonly string[]): string {
	let hash = 0x811c9dc5;
	for (const char of revisions.join('|')) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
	return `${PYTHON_CACHE_PREFIX}${hash.toString(16).padStart(8, '0')}`;
}
