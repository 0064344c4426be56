import { lastReviewAt } from '$lib/db';
import { now } from '$lib/clock';
import { onboardingNeeded } from '$lib/session/onboarding';
import { appReady, CONTENT_STORED } from '$lib/session/screens/ready';
import { loadToday } from '$lib/session/today';
import { BackupReminder, InterviewReadiness } from '$lib/session/today-panels.svelte';
import { onboardingParts } from './onboarding-parts';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ depends, url }) => {
	// Drawn from the first slice of a first visit's content; loaded again when the rest is stored.
	depends(CONTENT_STORED);
	const { db } = await appReady({ content: 'none' });
	// `/?setup` asks again, to change what new cards come from.
	const onboarding = url.searchParams.has('setup') || onboardingNeeded(await lastReviewAt(db));
	// Onboarding needs none of the bank, so a first run draws it without waiting for the first slice.
	const [{ settings }, parts] = await Promise.all([appReady({ content: onboarding ? 'none' : 'first-slice' }), onboarding ? onboardingParts() : null]);
	const today = await loadToday(db, settings, now());
	return {
		today,
		onboarding: parts,
		// Read after the counts, so they never hold up the first screen.
		backupReminder: BackupReminder.open(db),
		readiness: InterviewReadiness.open(db)
	};
};
