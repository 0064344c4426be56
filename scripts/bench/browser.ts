// The benchmark's browser: Debian's Chromium (or CHROMIUM_PATH), headless, against build/ served on
// a local port by the same server as `npm start`.
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { serveBuild } from '../serve.ts';

/** BENCH_PORT lets two checkouts run the benchmark side by side. */
export const PORT = Number(process.env.BENCH_PORT) || 4180;
export const ORIGIN = `http://localhost:${PORT}`;

export interface Bench {
	browser: Browser;
	server: Server;
	close(): Promise<void>;
}

export async function startBench(): Promise<Bench> {
	if (!existsSync('build/index.html')) throw new Error('build/ is missing: run `npm run build` first.');
	const server = await serveBuild(PORT);
	const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
	const browser = await chromium.launch({
		executablePath,
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage']
	});
	return {
		browser,
		server,
		async close() {
			await browser.close();
			await new Promise((done) => server.close(done));
		}
	};
}

/** Content-Security-Policy violations seen in any phoneContext page or worker; the report shows the count. */
export const cspViolations: string[] = [];

/** A phone-sized context with service workers on, like the app's users. */
export async function phoneContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		isMobile: true,
		hasTouch: true,
		serviceWorkers: 'allow'
	});
	// tsx compiles functions passed to page.evaluate with esbuild's keepNames, which calls a
	// `__name` helper that only exists in Node: give the page a no-op one.
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
	// The bench pages run under the same Content-Security-Policy as users: record any violation.
	await context.addInitScript({
		content:
			"document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline')));"
	});
	context.on('console', (message) => {
		if (/CSP violation|Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
	});
	return context;
}

/** Whether every slice of the bank is stored (the meta table holds its hash once the last one is). */
function bankStored(): Promise<boolean> {
	return new Promise((resolve) => {
		const open = indexedDB.open('rehearse');
		open.onerror = () => resolve(false);
		open.onsuccess = () => {
			const db = open.result;
			const done = (stored: boolean) => (db.close(), resolve(stored));
			if (!db.objectStoreNames.contains('meta')) return done(false);
			const request = db.transaction('meta', 'readonly').objectStore('meta').get('contentHash');
			request.onsuccess = () => done(request.result !== undefined);
			request.onerror = () => done(false);
		};
	});
}

/** Waits until `page`'s device holds the whole bank (polled: waitForFunction does not await a promise). */
export async function waitForBank(page: Page): Promise<void> {
	while (!(await page.evaluate(bankStored))) await page.waitForTimeout(250);
}

/** Opens the app and waits until the service worker has installed (precached) and controls it, and the bank is stored. */
export async function installApp(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${ORIGIN}/`);
	await page.getByRole('heading', { name: 'Today', exact: true }).waitFor();
	// page.waitForFunction does not wait for a returned promise: poll from here instead.
	for (;;) {
		const installed = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
		});
		if (installed) break;
		await page.waitForTimeout(100);
	}
	// Installed means the whole bank is stored too: a first visit stores it after its first screen.
	await waitForBank(page);
	return page;
}

/** The time of the first `rehearse:card-shown` mark since the page's navigation started, in ms. */
export function firstCardShownAt(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const [mark] = performance.getEntriesByName('rehearse:card-shown');
				if (mark) return resolve(mark.startTime);
				new PerformanceObserver((list, observer) => {
					const [entry] = list.getEntriesByName('rehearse:card-shown');
					if (entry) {
						observer.disconnect();
						resolve(entry.startTime);
					}
				}).observe({ type: 'mark', buffered: true });
			})
	);
}
