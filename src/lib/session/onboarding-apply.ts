// What onboarding stores: loaded when the user starts studying from it (or changes their choice).
import { decksForRounds } from '$lib/content';
import { saveInterview, type RehearseDb } from '$lib/db';
import type { Dialect, Round, Settings } from '$lib/model';
import { emptyInterviewDraft } from '$lib/srs';
import { markOnboarded } from './onboarding';

export interface OnboardingChoice {
	rounds: Round[];
	dialect: Dialect;
	/** `YYYY-MM-DD`, or null when the user has no date yet. */
	interviewDate: string | null;
}

/**
 * Stores the choice: new cards come from the chosen rounds' decks (every deck when none is
 * chosen), SQL runs in the chosen dialect, and an interview date starts interview mode for those
 * decks. `saveSettings` is the app's, so open screens see the new settings at once.
 */
export async function applyOnboarding(
	db: RehearseDb,
	choice: OnboardingChoice,
	now: number,
	saveSettings: (patch: Partial<Settings>) => Promise<void>
): Promise<void> {
	const decks = decksForRounds(choice.rounds);
	if (choice.interviewDate) {
		// First, so a date already past is refused before anything else is stored.
		await saveInterview(db, { ...emptyInterviewDraft(), name: 'My interview', date: choice.interviewDate, deckIds: decks }, { now });
	}
	await saveSettings({ newCardDecks: decks, sqlDialect: choice.dialect });
	markOnboarded('chosen');
}
