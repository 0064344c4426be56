import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressBuild } from './compress-build';
import { serveBuild } from './serve';

/** Whatever port the system gives: a fixed one collides with a second test run on the machine. */
let port = 0;
let dir: string;
let server: Server;
const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;

/** Raw response: Node's fetch would decode the body, so read headers and bytes ourselves. */
async function get(path: string, acceptEncoding = '') {
	const { request } = await import('node:http');
	return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
		const req = request({ host: 'localhost', port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk) => chunks.push(chunk));
			res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'rehearse-serve-'));
	await writeFile(join(dir, 'index.html'), '<!doctype html><title>t</title>');
	await mkdir(join(dir, '_app/immutable'), { recursive: true });
	await writeFile(join(dir, '_app/immutable/app.js'), script);
	await writeFile(join(dir, 'tiny.js'), '1');
	await compressBuild(dir);
	server = await serveBuild(0, dir);
	port = (server.address() as AddressInfo).port;
}, 60_000);
afterAll(async () => {
	await new Promise((done) => server.close(done));
	await rm(dir, { recursive: true });
});

describe('the start server', () => {
	it('sends the brotli copy to a browser that accepts it, and says so', async () => {
		const response = await get('/_app/immutable/app.js', 'gzip, deflate, br');
		expect(response.headers['content-encoding']).toBe('br');
		expect(response.headers.vary).toBe('Accept-Encoding');
		expect(response.body.length).toBeLessThan(script.length / 10);
		expect(brotliDecompressSync(response.body).toString()).toBe(script);
	});

	it('falls back to gzip, then to the file itself', async () => {
		const gz = await get('/_app/immutable/app.js', 'gzip');
		expect(gz.headers['content-encoding']).toBe('gzip');
		expect(gz.body).toEqual(gzipSync(script, { level: 9 }));
		const plain = await get('/_app/immutable/app.js', 'br;q=0, gzip;q=0');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(script);
	});

	it('leaves files too small to gain anything uncompressed', async () => {
		expect((await get('/tiny.js', 'br')).headers['content-encoding']).toBeUndefined();
	});

	it('caches files named by their content for a year, and revalidates the rest', async () => {
		expect((await get('/_app/immutable/app.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect((await get('/')).headers['cache-control']).toBe('no-cache');
	});
});
