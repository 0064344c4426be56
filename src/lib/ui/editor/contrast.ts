// WCAG 2.x contrast, for the colour tests of the code theme. Pure: hex colours in, ratios out.

/** `#rgb` or `#rrggbb` → [r, g, b] in 0-255; throws on anything else, so a typo fails the test that uses it. */
export function parseHex(hex: string): [number, number, number] {
	const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
	if (!match) throw new Error(`expected a colour like #1d2026, got "${hex}"`);
	const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
	return [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16)) as [number, number, number];
}

/** Relative luminance as WCAG 2.x defines it (sRGB channels linearised). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = parseHex(hex).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two colours, 1 to 21, whichever is lighter: contrastRatio('#000', '#fff') === 21. */
export function contrastRatio(a: string, b: string): number {
	const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}
