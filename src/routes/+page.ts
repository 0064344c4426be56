import { now } from '$lib/clock';
import { onboardingNeeded } from '$lib/session/onboarding';
import { appReady, CONTENT_STORED } from '$lib/session/screens/ready';
import { loadToday } from '$lib/session/today';
import { BackupReminder, InterviewReadiness } from '$lib/session/today-panels.svelte';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends, url }) => {
	// Drawn from the first slice of a first visit's content; loaded again when the rest is stored.
	depends(CONTENT_STORED);
	const { db, settings } = await appReady({ firstSlice: true });
	const today = await loadToday(db, settings, now());
	return {
		today,
		// `/?setup` asks again, to change what new cards come from.
		onboarding: url.searchParams.has('setup') || onboardingNeeded(today.lastReviewAt),
		// Read after the counts, so they never hold up the first screen.
		backupReminder: BackupReminder.open(db),
		readiness: InterviewReadiness.open(db)
	};
};
