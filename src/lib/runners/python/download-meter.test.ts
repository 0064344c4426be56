import { describe, expect, it } from 'vitest';
import { meteredFetch, type DownloadProgress } from './download-meter';

/** A fetch that answers every URL with `bytes` bytes in chunks of `chunk`, as a server would stream them. */
function fakeFetch(bytes: number, chunk: number, headers: Record<string, string> = {}): typeof fetch {
	return async () => {
		let sent = 0;
		const body = new ReadableStream<Uint8Array>({
			pull(controller) {
				if (sent >= bytes) return controller.close();
				const size = Math.min(chunk, bytes - sent);
				sent += size;
				controller.enqueue(new Uint8Array(size));
			}
		});
		return new Response(body, { status: 200, headers });
	};
}

describe('meteredFetch', () => {
	it('reports the bytes read of the built total as a tracked file streams in', async () => {
		const seen: DownloadProgress[] = [];
		const metered = meteredFetch(fakeFetch(1000, 400), '/pyodide/', { 'python_stdlib.zip': 1000, 'pyodide.asm.wasm': 3000 }, (p) => seen.push(p));
		const response = await metered('/pyodide/python_stdlib.zip');
		expect((await response.arrayBuffer()).byteLength).toBe(1000);
		expect(seen.map((p) => p.loadedBytes)).toEqual([400, 800, 1000, 1000]);
		expect(seen.every((p) => p.totalBytes === 4000)).toBe(true);
	});

	it('adds up files fetched side by side', async () => {
		let last: DownloadProgress | null = null;
		const sizes = { 'python_stdlib.zip': 500, 'pyodide.asm.wasm': 700 };
		const metered = meteredFetch(fakeFetch(600, 600), 'http://localhost/pyodide/', sizes, (p) => (last = p));
		const [a, b] = await Promise.all([metered('http://localhost/pyodide/python_stdlib.zip'), metered(new URL('http://localhost/pyodide/pyodide.asm.wasm'))]);
		await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
		// Each file counts as its built size once it has been read to the end.
		expect(last).toEqual({ loadedBytes: 1200, totalBytes: 1200 });
	});

	it('hands the loader the response itself, so the browser can reuse the wasm it compiled last time', async () => {
		const served = await fakeFetch(10, 10, { 'Content-Type': 'application/wasm' })('/pyodide/pyodide.asm.wasm');
		const metered = meteredFetch(async () => served, '/pyodide/', { 'pyodide.asm.wasm': 10 }, () => {});
		const response = await metered('/pyodide/pyodide.asm.wasm');
		expect(response).toBe(served);
		expect((await response.arrayBuffer()).byteLength).toBe(10);
	});

	it('stops counting where a broken download stopped, without marking the file done', async () => {
		const seen: DownloadProgress[] = [];
		const broken: typeof fetch = async () => {
			let pulls = 0;
			return new Response(
				new ReadableStream<Uint8Array>({
					pull(controller) {
						if (pulls++ === 0) controller.enqueue(new Uint8Array(300));
						else controller.error(new TypeError('network error'));
					}
				})
			);
		};
		const metered = meteredFetch(broken, '/pyodide/', { 'python_stdlib.zip': 1000 }, (p) => seen.push(p));
		const response = await metered('/pyodide/python_stdlib.zip');
		await expect(response.arrayBuffer()).rejects.toThrow();
		await new Promise((resolve) => setTimeout(resolve, 0));
		// Whatever was counted before the break (the tee may drop a chunk queued when it broke), never done.
		expect(seen.every((p) => p.loadedBytes <= 300)).toBe(true);
	});

	it('leaves other requests alone', async () => {
		const seen: DownloadProgress[] = [];
		const metered = meteredFetch(fakeFetch(50, 50), '/pyodide/', { 'python_stdlib.zip': 50 }, (p) => seen.push(p));
		await (await metered('/pyodide/some-wheel.whl')).arrayBuffer();
		await (await metered('/other/python_stdlib.zip')).arrayBuffer();
		expect(seen).toEqual([]);
	});
});

