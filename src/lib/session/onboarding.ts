// First run: whether to ask what the user prepares for. The answer lives in localStorage, not the
// database: a full wipe of site data clears both, and the first screen after one must offer to
// restore a backup, since the app cannot know a history existed. Anyone with a review in the
// database is a returning user (an upgrade from before onboarding) and is never asked. Kept tiny:
// Today's loader reads it on every visit; the rest of onboarding loads only on a first run.

/** The localStorage key; e2e tests seed it to start as a returning user (tests/e2e/fixtures.ts). */
export const ONBOARDING_KEY = 'rehearse:onboarding';

/** How the first run ended. */
export type OnboardingEnd = 'chosen' | 'skipped' | 'restored';

/** True on a first run: never answered a card and never finished or skipped onboarding here. */
export function onboardingNeeded(lastReviewAt: number | null): boolean {
	return lastReviewAt === null && onboardingUnanswered();
}

/**
 * True when this browser never finished or skipped onboarding: known before the database opens,
 * so a first run can start loading onboarding at once (a returning user from before onboarding
 * existed is the only false alarm, and costs one small cached download).
 */
export function onboardingUnanswered(): boolean {
	try {
		return localStorage.getItem(ONBOARDING_KEY) === null;
	} catch {
		// Storage blocked (a locked-down browser): asking on every visit would nag; the defaults are sensible.
		return false;
	}
}

export function markOnboarded(end: OnboardingEnd): void {
	try {
		localStorage.setItem(ONBOARDING_KEY, end);
	} catch {
		// Storage blocked: onboardingNeeded then never asks, so there is nothing to remember.
	}
}
