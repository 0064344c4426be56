// Which URLs user Markdown may point at. Values arrive entity-decoded (the HTML parser has run), so
// `&#106;avascript:` is already `javascript:` here; what is left is what browsers themselves ignore.

/** Browsers drop ASCII tab and newline anywhere in a URL, and C0 controls and spaces at its ends. */
function normalise(url: string): string {
	// eslint-disable-next-line no-control-regex
	return url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The scheme, lower-cased, or null for a relative URL. */
function schemeOf(url: string): string | null {
	const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
	return match ? match[1].toLowerCase() : null;
}

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Links: web pages, e-mail addresses, and relative links inside the app. Nothing that runs code. */
export function isAllowedHref(url: string): boolean {
	const clean = normalise(url);
	// Any control character left inside is not a URL anyone typed on purpose.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(clean)) return false;
	const scheme = schemeOf(clean);
	return scheme === null || LINK_SCHEMES.has(scheme);
}

/** Opens in a new browser tab: leaving an installed app in place of the card would lose the session. */
export function isExternalHref(url: string): boolean {
	const clean = normalise(url);
	return /^(https?:)?\/\//i.test(clean);
}

/**
 * Images: this app works offline and promises nothing leaves the device, so a remote image (also a
 * tracking pixel) is refused. Allowed: raster images inlined as base64 `data:` URLs, and paths on the
 * app's own origin. SVG is refused even inline: it is a document format, not a picture.
 */
export function isAllowedImageSrc(url: string): boolean {
	const clean = normalise(url);
	if (/^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i.test(clean)) return true;
	// `//host` and `/\host` both mean another origin to a browser; backslashes are never needed here.
	if (clean.includes('\\') || clean.startsWith('//')) return false;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(clean)) return false;
	return clean !== '' && schemeOf(clean) === null;
}
