// The Content-Security-Policy, in SvelteKit's `kit.csp.directives` shape (keywords unquoted). Plain
// JavaScript because svelte.config.js imports it; csp.ts formats it for the service worker and the
// static server. Why each source is allowed:
//   - everything is 'self': the app, its content, sql.js and Pyodide all come from our own origin,
//     and connect-src 'self' makes "nothing leaves the device" a rule the browser enforces;
//   - 'wasm-unsafe-eval': sql.js and Pyodide compile WebAssembly (it allows no JavaScript eval);
//   - img-src data: CodeMirror's built-in theme draws its markers as data: SVG backgrounds;
//   - media-src blob: the "say it" drill plays back the user's own recording from a blob: URL;
//   - style-src-elem 'unsafe-inline': CodeMirror 6 (its style-mod library) writes its theme into a
//     <style> element at run time, with text that depends on the editor's extensions, so no hash
//     can name it. Inline CSS cannot run script, and with img/font/connect-src 'self' it cannot
//     send anything off the device; user and imported HTML cannot add <style> (renderMarkdown's
//     DOMPurify allowlist has no style tag);
//   - style-src-attr: exactly one inline style attribute, SvelteKit's own route announcer (its root
//     component renders it with a fixed style="…"), allowed by hash. Every other style attribute,
//     including any that came in with user or imported HTML, stays blocked. Svelte's style: directives
//     and CodeMirror/uPlot set styles through the CSSOM, which CSP does not restrict.
// SvelteKit adds the hash of its inline boot script to script-src in the page's <meta>.

/** @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>} */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	'style-src': ['self'],
	'style-src-elem': ['self', 'unsafe-inline'],
	// SvelteKit's #svelte-announcer; csp.test.ts checks the hash against the installed SvelteKit.
	'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'media-src': ['self', 'blob:'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	// Header only: browsers ignore it in a <meta>. No page may frame Rehearse (clickjacking).
	'frame-ancestors': ['none']
};
