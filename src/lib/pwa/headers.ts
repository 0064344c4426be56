import { BASE_POLICY, pagePolicy } from './csp';

// Cross-origin isolation lets Pyodide be interrupted through a SharedArrayBuffer. The service worker
// adds the same headers to what it serves from cache, so the app stays isolated offline.
export const isolationHeaders = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp',
	'Cross-Origin-Resource-Policy': 'same-origin'
} as const satisfies Record<string, string>;

/**
 * The security headers of one response: isolation, and the Content-Security-Policy. A page gets its
 * own <meta> policy (pass its HTML), so header and meta agree on the inline script's hash; anything
 * else (scripts, workers, wasm) gets the base policy, which is what governs a worker.
 */
export function securityHeaders(pageHtml: string | null): Record<string, string> {
	return { ...isolationHeaders, 'Content-Security-Policy': pageHtml === null ? BASE_POLICY : pagePolicy(pageHtml) };
}
