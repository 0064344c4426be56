// What every route loader starts with: the open database and the user's settings, once the app has
// finished opening (the layout shows the boot screen, or its failure, until then). On a first visit
// the content is stored in slices (app.svelte.ts): a screen waits for all of it, except one that
// asks to draw from the first slice (Today, which loads again when the rest is in).
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

export async function appReady({ firstSlice = false }: { firstSlice?: boolean } = {}): Promise<ReadyApp> {
	await (firstSlice ? app.ready : app.contentStored);
	return { db: app.db, settings: app.settings, currentSettings: () => app.settings };
}
