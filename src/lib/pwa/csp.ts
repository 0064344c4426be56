// Formats the Content-Security-Policy (csp-directives.js) for HTTP headers. The page carries the
// policy as a <meta> that SvelteKit writes at build time with the hash of its inline boot script;
// the service worker and scripts/serve.ts send the same policy as a header (plus the header-only
// directives), so the two always agree, and workers, whose policy comes only from their own
// response's header, are covered too.
import { CSP_DIRECTIVES } from './csp-directives.js';

export type CspDirectives = { readonly [name: string]: readonly string[] | undefined };

/** Directives a <meta> policy cannot carry: browsers ignore them there. */
export const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'] as const;

const KEYWORDS = new Set([
	'self',
	'none',
	'unsafe-eval',
	'unsafe-hashes',
	'unsafe-inline',
	'strict-dynamic',
	'report-sample',
	'wasm-unsafe-eval',
	'script'
]);

/** A source as the policy spells it: keywords and hashes quoted, schemes and hosts as they are. */
function source(value: string): string {
	return KEYWORDS.has(value) || /^(nonce|sha256|sha384|sha512)-/.test(value) ? `'${value}'` : value;
}

/**
 * The policy string. `only: 'meta'` leaves out the header-only directives, `only: 'header'` gives
 * just those (to append to a <meta> policy).
 * @example formatPolicy({ 'object-src': ['none'] }) // "object-src 'none'"
 */
export function formatPolicy(directives: CspDirectives | typeof CSP_DIRECTIVES, only?: 'meta' | 'header'): string {
	return Object.entries(directives as CspDirectives)
		.filter(([name]) => {
			const headerOnly = (HEADER_ONLY as readonly string[]).includes(name);
			return only === 'meta' ? !headerOnly : only === 'header' ? headerOnly : true;
		})
		.map(([name, values]) => [name, ...(values ?? []).map(source)].join(' '))
		.join('; ');
}

/** The policy for any response that is not a page (scripts, workers, wasm, data). */
export const BASE_POLICY = formatPolicy(CSP_DIRECTIVES);

const META = /<meta\s+http-equiv=["']content-security-policy["']\s+content=(["'])(.*?)\1\s*\/?>/i;

function unescapeAttribute(value: string): string {
	return value.replace(/&(quot|#39|amp|lt|gt);/g, (_, name: string) => ({ quot: '"', '#39': "'", amp: '&', lt: '<', gt: '>' })[name]!);
}

/** The policy of a page's <meta http-equiv="content-security-policy">, or null without one. */
export function metaPolicyOf(html: string): string | null {
	const match = META.exec(html);
	return match ? unescapeAttribute(match[2]) : null;
}

/**
 * The header for a page: its own <meta> policy (so the inline script's hash matches) plus the
 * header-only directives. A page without a <meta> gets the base policy.
 */
export function pagePolicy(html: string): string {
	const meta = metaPolicyOf(html);
	if (!meta) return BASE_POLICY;
	const headerOnly = formatPolicy(CSP_DIRECTIVES, 'header');
	return headerOnly ? `${meta}; ${headerOnly}` : meta;
}

/**
 * Whether `origin` is a bare http(s) origin (`https://couch.example.org:6984`), which is all a sync
 * server may add to the policy: nothing else can sneak in a wildcard, a quote or a second directive.
 */
export function isPlainOrigin(origin: string): boolean {
	if (!/^https?:\/\/[a-z0-9.\-[\]:]+$/i.test(origin)) return false;
	try {
		return new URL(origin).origin === origin.toLowerCase();
	} catch {
		return false;
	}
}

const CONNECT = /(^|;\s*)connect-src ([^;]*)/;

/**
 * The page with its <meta> policy's connect-src widened to the sync server's origin (and nothing
 * else), or unchanged when sync is off. The service worker serves every page through this and then
 * copies the <meta> into the header (pagePolicy), so the two never disagree: with sync off both say
 * `connect-src 'self'`; with it on both add exactly the configured origin. Changing the <meta>
 * leaves the inline boot script's hash valid (it hashes the script, not the page).
 * @example withConnectOrigin(html, 'https://couch.example.org') // … connect-src 'self' https://couch.example.org; …
 */
export function withConnectOrigin(html: string, origin: string | null): string {
	if (origin === null || !isPlainOrigin(origin)) return html;
	const match = META.exec(html);
	if (!match) return html;
	const policy = match[2].replace(CONNECT, (_, lead: string, sources: string) => `${lead}connect-src ${sources.trim()} ${origin}`);
	return html.replace(match[0], match[0].replace(match[2], policy));
}

/** The origins a policy's connect-src allows besides 'self'. */
export function connectOriginsOf(policy: string): string[] {
	const match = CONNECT.exec(policy);
	return match ? match[2].trim().split(/\s+/).filter((source) => source !== "'self'") : [];
}
