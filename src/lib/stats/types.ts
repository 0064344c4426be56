// The facts stats are computed from: the few fields of each stored row that the charts need, so
// the loader can drop the rest and the computations stay pure and testable with hand-made rows.
import type { CardPhase, Grade } from '$lib/model';
import type { TimezoneOffset } from '$lib/srs';

/** One answer from the review log. */
export interface ReviewFact {
	cardId: string;
	grade: Grade;
	reviewedAt: number;
	/** The card's phase just before this answer. */
	phaseBefore: CardPhase;
	durationMs: number;
}

/** A card's current scheduling state and where it belongs. */
export interface CardFact {
	id: string;
	itemId: string;
	deck: string;
	phase: CardPhase;
	due: number;
	stability: number;
	/** The current interval in days (FSRS's scheduled_days). */
	scheduledDays: number;
	lapses: number;
	lastReview: number | null;
	suspended: 0 | 1;
	archived: 0 | 1;
}

/** One checked drill answer (a press of Check on a SQL or Python drill). */
export interface AttemptFact {
	itemId: string;
	verdict: 'pass' | 'fail' | 'error';
}

/** When "now" is and where study days begin: every per-day figure is bucketed by study day. */
export interface StatsClock {
	now: number;
	/** Local hour (0-23) at which a study day begins. */
	dayStartHour: number;
	/** The time zone; the runtime's own when left out. */
	tz?: TimezoneOffset;
}
