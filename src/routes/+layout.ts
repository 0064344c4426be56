// A single-page app: pages read IndexedDB, which exists only in the browser.
export const ssr = false;
export const prerender = false;
