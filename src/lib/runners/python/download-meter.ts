// Counts the bytes Pyodide downloads on its first load, for a progress bar that says "3.1 of 12.2 MB".
// Pyodide fetches its wasm, standard library and lock file itself, so the worker's `fetch` is wrapped
// for the duration of the load: a clone of each tracked response is read to count its bytes, and
// Pyodide gets the response itself. A rebuilt Response would have no URL, and Chromium keeps a
// compiled wasm module for the next load only for a response it can tie to its URL: with a rebuilt
// one, every cold start compiled the 9 MB interpreter again.
//
// The total comes from the sizes of the files as built (vite-plugin-pyodide), not from
// Content-Length: a compressed response's Content-Length is the compressed size while its body
// yields the uncompressed bytes, so the two cannot be compared.

export interface DownloadProgress {
	loadedBytes: number;
	totalBytes: number;
}

type Fetch = typeof fetch;

/**
 * A fetch that meters the files named in `sizes` (file name → bytes) under `indexURL`. Other URLs
 * pass through untouched. `onProgress` is called as bytes arrive.
 * Example: `self.fetch = meteredFetch(self.fetch, '/pyodide/', { 'python_stdlib.zip': 2545637 }, report)`.
 */
export function meteredFetch(inner: Fetch, indexURL: string, sizes: Record<string, number>, onProgress: (progress: DownloadProgress) => void): Fetch {
	const totalBytes = Object.values(sizes).reduce((sum, size) => sum + size, 0);
	const loaded = new Map<string, number>();
	const report = () => onProgress({ loadedBytes: Math.min(totalBytes, [...loaded.values()].reduce((sum, n) => sum + n, 0)), totalBytes });

	return async (input, init) => {
		const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		const file = trackedFile(url, indexURL, sizes);
		const response = await inner(input, init);
		if (!file || !response.body) return response;
		loaded.set(file, 0);
		void count(response.clone().body!, (bytes) => {
			loaded.set(file, (loaded.get(file) ?? 0) + bytes);
			report();
		}).then((complete) => {
			if (!complete) return;
			// A file that came back smaller than built (or already decoded from a cache) still counts as done.
			loaded.set(file, sizes[file]);
			report();
		});
		return response;
	};
}

/** Reads `body` to its end, telling `onChunk` each chunk's size; false when the read failed. */
async function count(body: ReadableStream<Uint8Array>, onChunk: (bytes: number) => void): Promise<boolean> {
	const reader = body.getReader();
	try {
		for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) onChunk(chunk.value.byteLength);
		return true;
	} catch {
		// The response the loader reads reports its own error; the meter only stops where it was.
		return false;
	}
}

/** The file name `url` fetches, when it is one of `sizes` under `indexURL`. */
function trackedFile(url: string, indexURL: string, sizes: Record<string, number>): string | null {
	const path = new URL(url, 'http://origin.invalid/').pathname;
	const base = new URL(indexURL, 'http://origin.invalid/').pathname;
	if (!path.startsWith(base)) return null;
	const file = path.slice(base.length);
	return Object.hasOwn(sizes, file) ? file : null;
}

