// Renders the app icons (PNG, for the manifest and iOS) from one SVG drawing with Chromium.
// Run once after changing the drawing: `npx tsx scripts/make-icons.ts`. The PNGs are committed.
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';

const bubble = (inset: number) => {
	// The drawing fills the middle (1 - 2 * inset) of the canvas; maskable icons keep it in the safe zone.
	const s = 64 * (1 - 2 * inset);
	const o = 64 * inset;
	return `<g transform="translate(${o} ${o}) scale(${s / 64})"><path d="M12 14h40a6 6 0 0 1 6 6v20a6 6 0 0 1-6 6H30l-11 9v-9h-7a6 6 0 0 1-6-6V20a6 6 0 0 1 6-6z" fill="#f6f4ee"/><path d="M19 30l7 7 15-15" fill="none" stroke="#e76f51" stroke-width="5.5" stroke-linecap="round" stroke-linejoin="round"/></g>`;
};
const svg = (rounded: boolean, inset: number) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="100%" height="100%"><rect width="64" height="64" ${rounded ? 'rx="14"' : ''} fill="#1d3557"/>${bubble(inset)}</svg>`;

const targets = [
	{ file: 'icon-192.png', size: 192, rounded: true, inset: 0.04 },
	{ file: 'icon-512.png', size: 512, rounded: true, inset: 0.04 },
	{ file: 'maskable-192.png', size: 192, rounded: false, inset: 0.16 },
	{ file: 'maskable-512.png', size: 512, rounded: false, inset: 0.16 },
	{ file: 'apple-touch-icon.png', size: 180, rounded: false, inset: 0.1 }
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const t of targets) {
	await page.setViewportSize({ width: t.size, height: t.size });
	await page.setContent(`<body style="margin:0;background:transparent">${svg(t.rounded, t.inset)}</body>`);
	writeFileSync(`static/icons/${t.file}`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
