// The Content-Security-Policy: the same policy in the page's <meta>, in the static server's header and
// in the service worker's header (offline), on workers too; and it is enforced, with every violation
// caught by the fixture that fails all other tests on one.
import { readdirSync } from 'node:fs';
import { expect, test } from './fixtures';

const metaPolicy = () => document.querySelector<HTMLMetaElement>('meta[http-equiv="content-security-policy"]')?.content ?? null;

test('the page, the server and the service worker agree on one policy', async ({ installedApp: page, request, context }) => {
	const meta = await page.evaluate(metaPolicy);
	expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
	expect(meta).toContain("connect-src 'self'");
	expect(meta).not.toContain('frame-ancestors');
	const expected = `${meta}; frame-ancestors 'none'`;

	// From the static server.
	expect((await request.get('/practice')).headers()['content-security-policy']).toBe(expected);

	// From the service worker, offline: a page and a worker script.
	await context.setOffline(true);
	const navigation = await page.reload();
	expect(navigation?.fromServiceWorker()).toBe(true);
	expect(await navigation?.headerValue('content-security-policy')).toBe(expected);
	const worker = readdirSync('build/_app/immutable/workers').find((name) => name.endsWith('.js'));
	const workerPolicy = await page.evaluate(
		async (url) => (await fetch(url)).headers.get('content-security-policy'),
		`/_app/immutable/workers/${worker}`
	);
	expect(workerPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
	expect(workerPolicy).toContain("connect-src 'self'");
});

test('an injected script, an off-origin request and a blob: worker are blocked and reported', async ({
	installedApp: page,
	cspViolations
}) => {
	const outcome = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.head.append(script);
		const fetched = await fetch('https://example.com/steal').then(
			() => 'sent',
			() => 'blocked'
		);
		// A blocked worker is not an exception: it fires `error` instead of ever posting its message.
		const worker = await new Promise<string>((resolve) => {
			const blobWorker = new Worker(URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' })));
			blobWorker.onmessage = () => resolve('started');
			blobWorker.onerror = () => resolve('blocked');
			setTimeout(() => resolve('no answer'), 3000);
		});
		return { injected: 'injected' in window && (window as { __injected?: boolean }).__injected === true, fetched, worker };
	});
	expect(outcome).toEqual({ injected: false, fetched: 'blocked', worker: 'blocked' });
	await expect.poll(() => cspViolations.join('\n')).toMatch(/script-src/);
	expect(cspViolations.join('\n')).toMatch(/connect-src/);
	expect(cspViolations.join('\n')).toMatch(/worker-src/);
	// These violations were the point of this test; any other test fails on one.
	cspViolations.length = 0;
});
