// Checking what the user typed into the interview form, before anything is saved.

// An interview's defaults live here, not in interview.ts: saving an interview checks a draft on the
// first screen's path, and interview.ts brings FSRS with it.
export const DEFAULT_MINUTES_PER_DAY = 10;
export const DEFAULT_INTERVIEW_RETENTION = 0.95;

/** The editable fields of an interview. */
export interface InterviewDraft {
	name: string;
	/** `YYYY-MM-DD`, as an `<input type="date">` gives it. */
	date: string;
	deckIds: string[];
	setIds: string[];
	minutesPerDay: number;
	targetRetention: number;
}

export type InterviewField = keyof InterviewDraft;
export type InterviewProblems = Partial<Record<InterviewField, string>>;

export const MAX_NAME_LENGTH = 60;
export const MAX_MINUTES_PER_DAY = 240;

export function emptyInterviewDraft(): InterviewDraft {
	return {
		name: '',
		date: '',
		deckIds: [],
		setIds: [],
		minutesPerDay: DEFAULT_MINUTES_PER_DAY,
		targetRetention: DEFAULT_INTERVIEW_RETENTION
	};
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (not 2025-02-30). */
export function isCalendarDate(value: string): boolean {
	const match = DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * What is wrong with a draft, by field; empty when it can be saved. `today` (`YYYY-MM-DD`, the
 * current study day) rejects dates already past: an interview is something still to prepare for.
 */
export function checkInterviewDraft(draft: InterviewDraft, today: string): InterviewProblems {
	const problems: InterviewProblems = {};
	const name = draft.name.trim();
	if (!name) problems.name = 'Give the interview a name, such as "Stripe onsite".';
	else if (name.length > MAX_NAME_LENGTH) problems.name = `Keep the name to ${MAX_NAME_LENGTH} characters or fewer.`;
	if (!isCalendarDate(draft.date)) problems.date = 'Pick the date of the interview.';
	else if (draft.date < today) problems.date = 'That date has passed. Pick today or a later day.';
	if (!Number.isInteger(draft.minutesPerDay) || draft.minutesPerDay < 1 || draft.minutesPerDay > MAX_MINUTES_PER_DAY) {
		problems.minutesPerDay = `Enter whole minutes from 1 to ${MAX_MINUTES_PER_DAY}.`;
	}
	if (!(draft.targetRetention >= 0.7 && draft.targetRetention <= 0.99)) {
		problems.targetRetention = 'Enter a recall target from 70% to 99%.';
	}
	if (!draft.deckIds.every((id) => typeof id === 'string' && id) || !draft.setIds.every((id) => typeof id === 'string' && id)) {
		problems.deckIds = 'Some of the chosen decks or sets are not valid.';
	}
	return problems;
}

/** The draft with the name trimmed and the lists de-duplicated, ready to store. */
export function normaliseInterviewDraft(draft: InterviewDraft): InterviewDraft {
	return {
		...draft,
		name: draft.name.trim(),
		deckIds: [...new Set(draft.deckIds)],
		setIds: [...new Set(draft.setIds)]
	};
}
