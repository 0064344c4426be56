// Serves the built app (build/) on localhost the way a static host would: every unknown path gets
// the single-page shell, files named by their content are cached for a year, the brotli or gzip
// copy made at build time (scripts/compress-build.ts) is sent to a browser that accepts it, and
// every response carries the cross-origin isolation and Content-Security-Policy headers the service
// worker also adds offline.
// usage: tsx scripts/serve.ts [--port 4173]   (or import { serveBuild } for benchmarks)
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../src/lib/pwa/headers.ts';


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
	'.txt': 'text/plain; charset=utf-8',
	'.sql': 'text/plain; charset=utf-8',
	'.data': 'application/octet-stream',
	'.tgz': 'application/gzip'
};

/** Files whose name carries their content hash: they never change under the same URL. */
function isHashed(pathname: string): boolean {
	return pathname.startsWith('/_app/immutable/') || /^\/(content|pglite)\/.*\.[0-9a-f]{12,16}\.[a-z]+$/.test(pathname);
}

/** The encodings an Accept-Encoding header allows ("br;q=1.0, gzip" → br, gzip; "gzip;q=0" → none). */
function acceptedEncodings(header: string): Set<string> {
	const accepted = new Set<string>();
	for (const part of header.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		if (name && (q === undefined || Number(q.slice(2)) > 0)) accepted.add(name);
	}
	return accepted;
}

/** The precompressed copy of `file` the request accepts (brotli first), if the build made one. */
async function encodedCopy(file: string, acceptEncoding: string): Promise<{ path: string; encoding: 'br' | 'gzip' } | null> {
	const accepted = acceptedEncodings(acceptEncoding);
	for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
		if (accepted.has(encoding) && (await fileAt(`${file}${suffix}`))) return { path: `${file}${suffix}`, encoding };
	}
	return null;
}

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

async function handle(root: string, request: IncomingMessage, response: ServerResponse) {
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
	const immutable = isHashed(url.pathname);
	const encoded = await encodedCopy(file, String(request.headers['accept-encoding'] ?? ''));
	// A page's header policy copies its own <meta> policy (with the inline script's hash).
	const page = extname(file) === '.html' ? await readFile(file, 'utf8') : null;
	response.writeHead(200, {
		...securityHeaders(page),
		'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
		'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
		Vary: 'Accept-Encoding',
		...(encoded ? { 'Content-Encoding': encoded.encoding } : {})
	});
	if (request.method === 'HEAD') response.end();
	else createReadStream(encoded?.path ?? file).pipe(response);
}

/** Starts serving build/ (or `dir`) on localhost; resolves once it listens. */
export function serveBuild(port: number, dir = 'build'): Promise<Server> {
	const root = resolve(dir);
	const server = createServer((request, response) => void handle(root, request, response));
	return new Promise((done) => server.listen(port, 'localhost', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const portArg = process.argv.indexOf('--port');
	const port = Number(portArg > 0 ? process.argv[portArg + 1] : (process.env.PORT ?? 4173));
	await serveBuild(port);
	console.log(`Rehearse is served at http://localhost:${port}`);
}
