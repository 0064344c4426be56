import type { ManifestOptions } from 'vite-plugin-pwa';

/** Theme colours, shared by the manifest and app.html's meta tags. */
export const THEME_COLOR = '#1d3557';
export const BACKGROUND_COLOR = '#f6f4ee';

export const webManifest = {
	id: '/',
	name: 'Rehearse: data interview prep',
	short_name: 'Rehearse',
	description:
		'Daily spaced review, spoken scripts, SQL and Python drills for data-engineering and data-modeling interviews. Works offline.',
	start_url: '/',
	scope: '/',
	display: 'standalone',
	// No orientation: a phone on its side, a tablet or a laptop shows the app the way it is held.
	theme_color: THEME_COLOR,
	background_color: BACKGROUND_COLOR,
	categories: ['education', 'productivity'],
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
		{ src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	]
} satisfies Partial<ManifestOptions>;
