import { fromFsrsCard, fsrsFor, toFsrsCard } from './fsrs-adapter';
import { DAY, HOUR, MINUTE, type CardState, type Grade, type SchedulerSettings } from '$lib/model';

const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/**
 * The card's state after being graded at `now`. Only the CardState fields are read, so a CardRecord
 * can be passed and merged back: `{ ...card, ...schedule(card, 3, now, settings) }`.
 */
export function schedule(state: CardState, grade: Grade, now: number, settings: SchedulerSettings): CardState {
	return capInterval(fromFsrsCard(fsrsFor(settings).next(toFsrsCard(state), now, grade).card), now, settings);
}

/**
 * ts-fsrs caps each interval at the maximum but then forces Good > Hard and Easy > Good by a day,
 * which can step past the cap (a 5-day maximum gave Easy 7 days). The cap is the user's promise, so
 * it wins; Hard, Good and Easy may then share the same interval.
 */
function capInterval(next: CardState, now: number, settings: SchedulerSettings): CardState {
	if (next.phase !== 'review' || next.scheduledDays <= settings.maximumInterval) return next;
	return { ...next, scheduledDays: settings.maximumInterval, due: now + settings.maximumInterval * DAY };
}

export interface GradeOutcome {
	state: CardState;
	/** Time until the card is due again, as a short label: "10m", "3d", "2.1mo". */
	interval: string;
}

/** What each grade would do, for the grade buttons ("Good · 3d"). One FSRS pass serves all four. */
export function preview(state: CardState, now: number, settings: SchedulerSettings): Record<Grade, GradeOutcome> {
	const options = fsrsFor(settings).repeat(toFsrsCard(state), now);
	const outcome = (grade: Grade): GradeOutcome => {
		const next = capInterval(fromFsrsCard(options[grade].card), now, settings);
		return { state: next, interval: formatInterval(next.due - now) };
	};
	return { 1: outcome(1), 2: outcome(2), 3: outcome(3), 4: outcome(4) };
}

/** One decimal, without a trailing ".0": 2.1 → "2.1", 3.04 → "3". */
function oneDecimal(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/**
 * A duration as a short label, in the largest unit that reads naturally: "<1m", "10m", "1.5h", "3d",
 * "2.1mo" (30-day months), "1.2y" (365-day years). Units switch on the rounded value, so 59.7 minutes
 * reads "1h", not "60m".
 */
export function formatInterval(ms: number): string {
	if (ms < MINUTE) return '<1m';
	const minutes = Math.round(ms / MINUTE);
	if (minutes < 60) return `${minutes}m`;
	const hours = Math.round((ms / HOUR) * 10) / 10;
	if (hours < 24) return `${oneDecimal(hours)}h`;
	const days = Math.round(ms / DAY);
	if (days < 30) return `${days}d`;
	const months = Math.round((ms / MONTH) * 10) / 10;
	if (months < 12) return `${oneDecimal(months)}mo`;
	return `${oneDecimal(ms / YEAR)}y`;
}
