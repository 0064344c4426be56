/// <reference lib="webworker" />
// The service worker's side of the Python runtime download (python-download.ts): a cache of its own,
// filled all at once when the page asks, or file by file as Pyodide first fetches them, and served
// cache-first so Python drills run offline once either has happened.
import { PYTHON_CACHE_PREFIX, PYTHON_PROGRESS, pythonCacheName, type PythonProgress } from './python-download';

export interface RuntimeFile {
	/** URL path, e.g. /pyodide/pyodide.asm.wasm */
	path: string;
	bytes: number;
}

export class PythonRuntimeCache {
	readonly name: string;
	readonly total: number;
	#files: readonly RuntimeFile[];
	#download: Promise<PythonProgress> | null = null;

	#onStored: () => void;

	/** `onStored` runs when a first use stored a file, so pages can show the new state. */
	constructor(files: readonly RuntimeFile[], revisions: readonly string[], onStored: () => void) {
		this.#files = files;
		this.#onStored = onStored;
		this.name = pythonCacheName(revisions);
		this.total = files.reduce((sum, file) => sum + file.bytes, 0);
	}

	owns(path: string): boolean {
		return this.#files.some((file) => file.path === path);
	}

	/** Cache-first; a miss goes to the network and is kept, so a first use also stores the runtime. */
	async respond(request: Request): Promise<Response> {
		const cache = await caches.open(this.name);
		const path = new URL(request.url).pathname;
		const hit = await cache.match(path);
		if (hit) return hit;
		const response = await fetch(request);
		if (response.ok && this.owns(path)) {
			await cache.put(path, response.clone());
			this.#onStored();
		}
		return response;
	}

	/** How much is stored now. */
	async status(): Promise<PythonProgress> {
		const cache = await caches.open(this.name);
		let bytes = 0;
		for (const file of this.#files) if (await cache.match(file.path)) bytes += file.bytes;
		return this.#progress(bytes);
	}

	/**
	 * Stores every file not stored yet, one at a time (the wasm alone is most of it), telling `report`
	 * after each. A second call while one runs joins it. Stops on a network error, keeping what it has.
	 */
	download(report: (progress: PythonProgress) => void): Promise<PythonProgress> {
		this.#download ??= this.#store(report).finally(() => (this.#download = null));
		return this.#download;
	}

	async #store(report: (progress: PythonProgress) => void): Promise<PythonProgress> {
		const cache = await caches.open(this.name);
		let bytes = 0;
		for (const file of this.#files) {
			if (!(await cache.match(file.path))) {
				try {
					const response = await fetch(file.path, { cache: 'no-cache' });
					if (!response.ok) throw new Error(`${file.path}: HTTP ${response.status}`);
					await cache.put(file.path, response);
				} catch {
					const failed = { ...this.#progress(bytes), failed: true };
					report(failed);
					return failed;
				}
			}
			bytes += file.bytes;
			report(this.#progress(bytes));
		}
		return this.#progress(bytes);
	}

	/** Deletes the caches of earlier runtimes. */
	async dropOutdated(): Promise<void> {
		for (const key of await caches.keys()) if (key.startsWith(PYTHON_CACHE_PREFIX) && key !== this.name) await caches.delete(key);
	}

	#progress(bytes: number): PythonProgress {
		return { type: PYTHON_PROGRESS, bytes, total: this.total, done: bytes >= this.total };
	}
}
