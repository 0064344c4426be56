// A single-page app: pages read IndexedDB, which exists only in the browser.
import { app } from '$lib/session/app.svelte';
import { onboardingUnanswered } from '$lib/session/onboarding';
import { onboardingParts } from './onboarding-parts';
import type { LayoutLoad } from './$types';

export const ssr = false;
export const prerender = false;

// Runs before the page's own code has loaded, so what the first screen waits for starts at once:
// the database opens, and a likely first run on Today loads onboarding alongside.
export const load: LayoutLoad = ({ url }) => {
	app.opened.catch(() => {});
	if (url.pathname === '/' && onboardingUnanswered()) onboardingParts().catch(() => {});
};
