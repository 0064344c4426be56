// Cross-origin isolation lets Pyodide be interrupted through a SharedArrayBuffer. The service worker
// adds the same headers to what it serves from cache, so the app stays isolated offline.
export const isolationHeaders = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp',
	'Cross-Origin-Resource-Policy': 'same-origin'
} as const satisfies Record<string, string>;
