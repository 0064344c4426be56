import { now } from '$lib/clock';
import { onboardingNeeded } from '$lib/session/onboarding';
import { appReady, CONTENT_STORED } from '$lib/session/screens/ready';
import { loadToday } from '$lib/session/today';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends, url }) => {
	// Drawn from the first slice of a first visit's content; loaded again when the rest is stored.
	depends(CONTENT_STORED);
	const { db, settings } = await appReady({ firstSlice: true });
	const today = await loadToday(db, settings, now());
	// `/?setup` asks again, to change what new cards come from.
	return { today, onboarding: url.searchParams.has('setup') || onboardingNeeded(today.lastReviewAt) };
};
