// Scheduling types shared by srs/, db/ and the session. Times are epoch milliseconds: they index
// well in IndexedDB and compare without allocating Dates. ts-fsrs's snake_case and Date objects stay
// inside srs/fsrs-adapter.ts.

/** Again, Hard, Good, Easy. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES = [1, 2, 3, 4] as const satisfies readonly Grade[];
export const GRADE_NAMES = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as const satisfies Record<Grade, string>;

export const CARD_PHASES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardPhase = (typeof CARD_PHASES)[number];

/** A card's FSRS memory state. A cache: replaying the card's reviews reproduces it exactly. */
export interface CardState {
	phase: CardPhase;
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	lastReview: number | null;
}

/** What a review needs to be replayed: the grade and when it was given. */
export interface ReviewEvent {
	grade: Grade;
	reviewedAt: number;
}

export interface SchedulerSettings {
	/** Target probability of recall when a card comes due, 0.7-0.99. */
	desiredRetention: number;
	/** Longest interval, in days. */
	maximumInterval: number;
	/** Intraday steps for new cards, e.g. ['1m', '10m']. */
	learningSteps: string[];
	/** Intraday steps after a lapse. */
	relearningSteps: string[];
	/** Spread intervals a little so cards learned together don't stay together. */
	fuzz: boolean;
	/** FSRS weights; null means the library's defaults. */
	weights: number[] | null;
}

export interface StudyLimits {
	newPerDay: number;
	reviewsPerDay: number;
	/** Local hour (0-23) at which a new study day begins. */
	dayStartHour: number;
}
