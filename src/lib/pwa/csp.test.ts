import { describe, expect, it } from 'vitest';
import { BASE_POLICY, formatPolicy, metaPolicyOf, pagePolicy } from './csp';

const directives = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval', 'sha256-abc+/='],
	'img-src': ['self', 'data:'],
	'object-src': ['none'],
	'frame-ancestors': ['none']
};

describe('formatPolicy', () => {
	it('quotes keywords and hashes, leaves schemes bare, and joins directives', () => {
		expect(formatPolicy(directives)).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc+/='; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'"
		);
	});
	it('splits what a <meta> can carry from the header-only directives', () => {
		expect(formatPolicy(directives, 'meta')).not.toContain('frame-ancestors');
		expect(formatPolicy(directives, 'header')).toBe("frame-ancestors 'none'");
	});
});

describe('the app policy', () => {
	const parts = new Map(BASE_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
	it('allows only our own origin, WebAssembly, and nothing leaving the device', () => {
		expect(parts.get('default-src')).toEqual(["'self'"]);
		expect(parts.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(parts.get('connect-src')).toEqual(["'self'"]);
		expect(parts.get('object-src')).toEqual(["'none'"]);
		expect(parts.get('base-uri')).toEqual(["'self'"]);
		expect(parts.get('frame-ancestors')).toEqual(["'none'"]);
		expect(parts.get('worker-src')).toEqual(["'self'"]);
		// Scripts: never inline, never eval (the page's one inline script is allowed by its hash).
		expect(parts.get('script-src')).not.toContain("'unsafe-inline'");
		for (const [, sources] of parts) {
			expect(sources).not.toContain("'unsafe-eval'");
			expect(sources.filter((s) => /^(https?:|\*)/.test(s))).toEqual([]);
		}
	});
});

describe('pagePolicy', () => {
	const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-Xy&#39;z'"><script>boot()</script></head>`;
	it("reads the page's <meta> policy and adds the header-only directives", () => {
		expect(metaPolicyOf(page)).toBe("default-src 'self'; script-src 'self' 'sha256-Xy'z'");
		expect(pagePolicy(page)).toBe("default-src 'self'; script-src 'self' 'sha256-Xy'z'; frame-ancestors 'none'");
	});
	it('falls back to the base policy for a page without one', () => {
		expect(metaPolicyOf('<html></html>')).toBeNull();
		expect(pagePolicy('<html></html>')).toBe(BASE_POLICY);
	});
});

describe("SvelteKit's route announcer", () => {
	it('has exactly the inline style whose hash the policy allows', async () => {
		const { readFileSync } = await import('node:fs');
		const { createHash } = await import('node:crypto');
		const { CSP_DIRECTIVES } = await import('./csp-directives.js');
		const root = readFileSync('node_modules/@sveltejs/kit/src/core/sync/write_root.js', 'utf8');
		const style = /id="svelte-announcer"[^>]*style="([^"]*)"/.exec(root)?.[1];
		expect(style, 'the announcer moved: update style-src-attr in csp-directives.js').toBeDefined();
		const hash = `sha256-${createHash('sha256').update(style!).digest('base64')}`;
		expect(CSP_DIRECTIVES['style-src-attr']).toEqual(['unsafe-hashes', hash]);
	});
});

describe('the sync server in the policy', () => {
	const page = `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; connect-src 'self'; object-src 'none'"></head></html>`;

	it('adds exactly the configured origin to the page’s connect-src, and the header copies it', async () => {
		const { withConnectOrigin, connectOriginsOf } = await import('./csp');
		const widened = withConnectOrigin(page, 'https://couch.example.org');
		expect(metaPolicyOf(widened)).toBe("default-src 'self'; connect-src 'self' https://couch.example.org; object-src 'none'");
		expect(connectOriginsOf(pagePolicy(widened))).toEqual(['https://couch.example.org']);
	});

	it('leaves the page alone with sync off, or for anything that is not a bare origin', async () => {
		const { withConnectOrigin } = await import('./csp');
		expect(withConnectOrigin(page, null)).toBe(page);
		for (const hostile of ['*', "https://a.org; script-src 'unsafe-inline'", 'https://a.org/path', "'unsafe-eval'", 'javascript:alert(1)', 'https://a.org "x'])
			expect(withConnectOrigin(page, hostile), hostile).toBe(page);
	});
});
