// Serves the built app (build/) on localhost the way a static host would: every unknown path gets
// the single-page shell, immutable assets are cached for a year, and every response carries the
// cross-origin isolation and Content-Security-Policy headers the service worker also adds offline.
// usage: tsx scripts/serve.ts [--port 4173]   (or import { serveBuild } for benchmarks)
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../src/lib/pwa/headers.ts';

const root = resolve('build');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.zip': 'application/zip',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8'
};

async function fileAt(path: string): Promise<string | null> {
	try {
		const info = await stat(path);
		if (info.isFile()) return path;
		if (info.isDirectory()) return fileAt(join(path, 'index.html'));
	} catch {
		// Not found: the caller falls back to the app shell.
	}
	return null;
}

async function handle(request: IncomingMessage, response: ServerResponse) {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const requested = normalize(join(root, decodeURIComponent(url.pathname)));
	if (!requested.startsWith(root)) {
		response.writeHead(403).end();
		return;
	}
	const found = await fileAt(requested);
	// Only page navigations fall back to the shell; a missing asset is a real 404.
	const file = found ?? (extname(url.pathname) === '' ? join(root, 'index.html') : null);
	if (!file) {
		response.writeHead(404, { ...securityHeaders(null), 'Content-Type': 'text/plain' }).end('Not found');
		return;
	}
	const immutable = url.pathname.startsWith('/_app/immutable/');
	// A page's header policy copies its own <meta> policy (with the inline script's hash).
	const page = extname(file) === '.html' ? await readFile(file, 'utf8') : null;
	response.writeHead(200, {
		...securityHeaders(page),
		'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
		'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	if (request.method === 'HEAD') response.end();
	else createReadStream(file).pipe(response);
}

/** Starts serving build/ on localhost; resolves once it listens. */
export function serveBuild(port: number): Promise<Server> {
	const server = createServer((request, response) => void handle(request, response));
	return new Promise((done) => server.listen(port, 'localhost', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const portArg = process.argv.indexOf('--port');
	const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 4173));
	await serveBuild(port);
	console.log(`Rehearse is served at http://localhost:${port}`);
}
