// What onboarding stores (loaded only on a first run, or when the user changes their choice).
import { decksForRounds } from '$lib/content';
import { saveInterview, type RehearseDb } from '$lib/db';
import type { Dialect, Round, Settings } from '$lib/model';
import { ROUND_LABELS } from '$lib/practice';
import { emptyInterviewDraft } from '$lib/srs';
import { markOnboarded } from './onboarding';

export interface OnboardingChoice {
	rounds: Round[];
	dialect: Dialect;
	/** `YYYY-MM-DD`, or null when the user has no date yet. */
	interviewDate: string | null;
}

/** The rounds onboarding offers, with what each drills. */
export const ONBOARDING_ROUNDS: readonly { id: Round; label: string; hint: string }[] = [
	{ id: 'phone-screen', label: ROUND_LABELS['phone-screen'], hint: 'basics of SQL, Python, modeling and metrics' },
	{ id: 'sql-live', label: ROUND_LABELS['sql-live'], hint: 'joins, windows, NULL traps' },
	{ id: 'python-assessment', label: ROUND_LABELS['python-assessment'], hint: 'short functions against tests' },
	{ id: 'modeling-onsite', label: ROUND_LABELS['modeling-onsite'], hint: 'schemas, grain, keys, the five phases' },
	{ id: 'system-design', label: ROUND_LABELS['system-design'], hint: 'streaming, platform, Spark, quality' },
	{ id: 'behavioural', label: ROUND_LABELS.behavioural, hint: 'STAR stories, questions to ask back' }
];

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
