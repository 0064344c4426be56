// What every route loader starts with: the open database and the user's settings, once the app has
// finished opening (the layout shows the boot screen, or its failure, until then). On a first visit
// the content is stored in slices (app.svelte.ts): a screen waits for all of it, except one that
// asks to draw from the first slice (Today, which loads again when the rest is in), or from none
// (a first run's onboarding).
import type { RehearseDb } from '$lib/db';
import type { Settings } from '$lib/model';
import { app } from '../app.svelte';

/** What a loader that drew from part of the content depends on (SvelteKit's `depends`). */
export const CONTENT_STORED = 'rehearse:content-stored';

export interface ReadyApp {
	db: RehearseDb;
	/** The settings as the load began. */
	settings: Settings;
	/** The settings as they are now: a screen that reads one later (per card) sees a change made since. */
	currentSettings: () => Settings;
}

/** How much of a first visit's content a screen draws from: none, the first slice, or all of it. */
export type ContentNeeded = 'none' | 'first-slice' | 'all';

export async function appReady({ content = 'all' }: { content?: ContentNeeded } = {}): Promise<ReadyApp> {
	if (content === 'all') app.storeRest();
	await (content === 'none' ? app.opened : content === 'first-slice' ? app.ready : app.contentStored);
	return { db: app.db, settings: app.settings, currentSettings: () => app.settings };
}

/**
 * Screens that draw before a first visit's bank is stored: Today (from the first slice) and an
 * item's own page (from its slice). The layout shows the bank's progress over any other.
 */
export const drawsBeforeBank = (pathname: string): boolean => pathname === '/' || /^\/practice\/[^/]+$/.test(pathname);
