// A CouchDB-compatible server for the sync tests and the benchmark: pouchdb-server (from npm) in memory on a free
// port, with an admin account (so a wrong password is refused as CouchDB refuses it) and, in front,
// a small TCP relay the tests can take down and bring back: that is "the server stopped, then
// restarted" without losing the in-memory databases, as a real CouchDB keeps its data on disk.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export const COUCH_USER = 'alice';
export const COUCH_PASSWORD = 'correct horse';

export interface CouchServer {
	/** What the app is told: the relay's address. */
	url: string;
	/** Creates a database only alice may read and write. */
	createDatabase(name: string): Promise<void>;
	/** GET a path on the server (as alice), JSON. */
	get<T = unknown>(path: string): Promise<T>;
	/** POST JSON to a path on the server (as alice), straight to it (not through the relay). */
	post<T = unknown>(path: string, body: unknown): Promise<T>;
	/** Takes the server off the network: open connections are cut, new ones refused. */
	takeDown(): Promise<void>;
	bringBack(): Promise<void>;
	stop(): Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`pouchdb-server exited with ${child.exitCode}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) throw new Error(`pouchdb-server did not answer at ${url} within 30 s`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

export async function startCouchServer(): Promise<CouchServer> {
	const bin = createRequire(import.meta.url).resolve('pouchdb-server/bin/pouchdb-server');
	const port = await freePort();
	// pouchdb-server writes its config.json and log file into its working directory.
	const dir = mkdtempSync(join(tmpdir(), 'rehearse-couch-'));
	const child = spawn(process.execPath, [bin, '--in-memory', '--port', String(port), '--host', '127.0.0.1'], { cwd: dir, stdio: 'ignore' });
	const direct = `http://127.0.0.1:${port}`;
	await waitUntilUp(direct, child);
	// Ends the "admin party": from here on the server checks names and passwords.
	const admin = await fetch(`${direct}/_config/admins/${COUCH_USER}`, { method: 'PUT', body: JSON.stringify(COUCH_PASSWORD) });
	if (!admin.ok) throw new Error(`Could not create the admin: ${admin.status}`);
	const auth = { Authorization: `Basic ${Buffer.from(`${COUCH_USER}:${COUCH_PASSWORD}`).toString('base64')}`, 'Content-Type': 'application/json' };

	const relayPort = await freePort();
	const sockets = new Set<Socket>();
	let relay: Server | null = null;
	const listen = () =>
		new Promise<void>((resolve, reject) => {
			relay = createServer((client) => {
				const upstream = connect(port, '127.0.0.1');
				for (const socket of [client, upstream]) {
					sockets.add(socket);
					socket.on('close', () => sockets.delete(socket));
					socket.on('error', () => socket.destroy());
				}
				client.pipe(upstream).pipe(client);
			});
			relay.once('error', reject);
			relay.listen(relayPort, '127.0.0.1', () => resolve());
		});
	const close = () =>
		new Promise<void>((resolve) => {
			for (const socket of sockets) socket.destroy();
			if (relay) relay.close(() => resolve());
			else resolve();
			relay = null;
		});
	await listen();

	return {
		url: `http://127.0.0.1:${relayPort}`,
		async createDatabase(name) {
			const made = await fetch(`${direct}/${name}`, { method: 'PUT', headers: auth });
			if (!made.ok) throw new Error(`Could not create ${name}: ${made.status}`);
			const security = { admins: { names: [], roles: [] }, members: { names: [COUCH_USER], roles: [] } };
			await fetch(`${direct}/${name}/_security`, { method: 'PUT', headers: auth, body: JSON.stringify(security) });
		},
		async get(path) {
			const response = await fetch(`${direct}${path}`, { headers: auth });
			if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
			return (await response.json()) as never;
		},
		async post(path, body) {
			const response = await fetch(`${direct}${path}`, { method: 'POST', headers: auth, body: JSON.stringify(body) });
			if (!response.ok) throw new Error(`POST ${path}: ${response.status}`);
			return (await response.json()) as never;
		},
		takeDown: close,
		bringBack: listen,
		async stop() {
			await close();
			child.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
