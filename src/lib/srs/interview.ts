// Interview date mode, pure: which cards to bring forward so they are remembered on an interview
// day, and how ready the user is for it. Times are epoch ms, `now` is always passed in.
//
// Why cards need bringing forward at all: a card is scheduled to come due when its predicted recall
// falls to the everyday target (say 90%). A card due a few days after the interview is therefore
// just above 90% on the day, while the user wants more than that on the day that counts (say 95%).
// Cards due before the interview are left to the normal schedule: it reviews them before the day.
//
// When to review a card brought forward matters as much as which: FSRS gains little stability
// from a review while recall is still high, so a review 30 days early leaves the card barely better
// off on the day. The plan therefore puts each card as late as the daily budget allows, and never
// earlier than the first day on which a review would lift it to the target on the day.
import type { CardRecord } from '$lib/model';
import { dayStart as studyDayStart, studyDayOf, type TimezoneOffset } from './day';
import { fsrsFor } from './fsrs-adapter';
import { DAY, MINUTE, offsetResolver, type SchedulerSettings } from '$lib/model';

/** ts-fsrs's rating for Good: the plan assumes a card brought forward is answered Good. */
const GOOD = 3;

export { DEFAULT_INTERVIEW_RETENTION, DEFAULT_MINUTES_PER_DAY } from './interview-draft';
/** Assumed time per card until the user has answered enough cards to measure their own. */
export const DEFAULT_SECONDS_PER_CARD = 20;
/** Fewer answers than this and the default is used instead of the user's median. */
const MIN_TIMED_ANSWERS = 20;

/** What the plan needs to know about one interview. */
export interface InterviewGoal {
	/** Local calendar date `YYYY-MM-DD`. */
	date: string;
	minutesPerDay: number;
	/** Recall to aim for on the day. */
	targetRetention: number;
}

export interface InterviewClock {
	now: number;
	dayStartHour: number;
	/** Defaults to the runtime's zone, as in day.ts. */
	tzOffsetMinutes?: TimezoneOffset;
}

/**
 * When an interview on `date` is taken to happen: local noon (interviews are daytime events), and
 * the start of the study day that contains it, before which every card brought forward must be done.
 */
export function interviewMoment(
	date: string,
	dayStartHour: number,
	tzOffsetMinutes?: TimezoneOffset
): { at: number; dayStart: number } {
	const [year, month, day] = date.split('-').map(Number);
	const wallNoon = Date.UTC(year, month - 1, day, 12);
	const offsetAt = offsetResolver(tzOffsetMinutes);
	const at = wallNoon + offsetAt(wallNoon) * MINUTE;
	return { at, dayStart: studyDayStart(at, dayStartHour, tzOffsetMinutes) };
}

/** Whole calendar days from the current study day to the interview: 0 on the day, negative after. */
export function daysUntil(date: string, clock: InterviewClock): number {
	const today = studyDayOf(clock.now, clock.dayStartHour, clock.tzOffsetMinutes);
	return Math.round((Date.parse(date) - Date.parse(today)) / DAY);
}

/**
 * Study days left on which cards can be brought forward: today and every later day that starts
 * before the interview's study day. 0 on the interview day and after it.
 */
export function pullDaysLeft(now: number, interviewDayStart: number): number {
	return interviewDayStart > now ? Math.ceil((interviewDayStart - now) / DAY) : 0;
}

/**
 * Seconds one card takes this user: the median of their answer times (robust to a card left open
 * while making tea), or DEFAULT_SECONDS_PER_CARD with too few answers. Times over 10 minutes are
 * treated as abandoned and ignored.
 */
export function secondsPerCard(durationsMs: readonly number[]): number {
	const valid = durationsMs.filter((ms) => ms > 0 && ms <= 10 * MINUTE).sort((a, b) => a - b);
	if (valid.length < MIN_TIMED_ANSWERS) return DEFAULT_SECONDS_PER_CARD;
	const mid = valid.length >> 1;
	const median = valid.length % 2 ? valid[mid] : (valid[mid - 1] + valid[mid]) / 2;
	return Math.max(2, median / 1000);
}

/** How many cards fit in a daily budget of `minutesPerDay`. */
export function cardsPerDay(minutesPerDay: number, seconds: number): number {
	return Math.max(0, Math.floor((minutesPerDay * 60) / seconds));
}

type Fsrs = ReturnType<typeof fsrsFor>;

/**
 * Predicted probability of recalling `card` at `at` if it is not reviewed before then. A card never
 * studied counts as 0: nothing about it has been learned yet.
 */
export function retrievabilityAt(card: CardRecord, at: number, fsrs: Fsrs): number {
	if (card.phase === 'new' || card.lastReview === null || !(card.stability > 0)) return 0;
	return fsrs.forgetting_curve(Math.max(0, (at - card.lastReview) / DAY), card.stability);
}

/** Predicted recall at `at` if the card is answered Good at `reviewAt` and not seen again. */
function retrievabilityAfterReview(card: CardRecord, reviewAt: number, at: number, fsrs: Fsrs): number {
	const elapsed = Math.max(0, (reviewAt - (card.lastReview ?? reviewAt)) / DAY);
	const next = fsrs.next_state({ stability: card.stability, difficulty: card.difficulty }, elapsed, GOOD);
	return fsrs.forgetting_curve(Math.max(0, (at - reviewAt) / DAY), next.stability);
}

export interface PullPlanInput extends InterviewClock {
	goal: InterviewGoal;
	/** The interview's cards (any phase; suspended and archived ones are ignored). */
	cards: readonly CardRecord[];
	scheduler: SchedulerSettings;
	seconds: number;
	/** Cards already brought forward today for this interview: they have used up part of today's budget. */
	alreadyToday?: number;
	/** Card ids not to bring forward (answered today, or already taken by another interview). */
	exclude?: ReadonlySet<string>;
}

export interface PullPlan {
	/** Cards to review today, lowest predicted recall on the day first. */
	today: string[];
	/** Cards planned for a later day before the interview. */
	later: number;
	/** Cards below the target that the budget has no room for. */
	unplanned: number;
}

const EMPTY_PLAN: PullPlan = { today: [], later: 0, unplanned: 0 };

/**
 * Which of an interview's cards to bring forward today.
 *
 * Candidates are review cards not due before the interview whose predicted recall on the day is
 * below the goal's target; the neediest (lowest predicted recall) are placed first. Each goes on
 * the latest day with budget left, but not before the first day on which a Good answer would lift
 * it to the target on the day (when no day can, only the day before counts). Filling from the
 * interview backwards spreads the work over the days left and keeps each review close to the day;
 * today gets what the later days have no room for. After the interview's day starts, nothing.
 */
export function planPullForward(input: PullPlanInput): PullPlan {
	const { goal, now } = input;
	const { at, dayStart: interviewDayStart } = interviewMoment(goal.date, input.dayStartHour, input.tzOffsetMinutes);
	const days = pullDaysLeft(now, interviewDayStart);
	if (days === 0) return EMPTY_PLAN;
	const fsrs = fsrsFor(input.scheduler);
	const candidates = input.cards
		.filter(
			(card) =>
				card.phase === 'review' &&
				!card.suspended &&
				!card.archived &&
				card.due >= interviewDayStart &&
				!input.exclude?.has(card.id)
		)
		.map((card) => ({ card, recall: retrievabilityAt(card, at, fsrs) }))
		.filter(({ recall }) => recall < goal.targetRetention)
		.sort((a, b) => a.recall - b.recall || (a.card.id < b.card.id ? -1 : 1));

	const perDay = cardsPerDay(goal.minutesPerDay, input.seconds);
	const room = Array.from({ length: days }, (_, day) => (day === 0 ? Math.max(0, perDay - (input.alreadyToday ?? 0)) : perDay));
	const today: string[] = [];
	let later = 0;
	let unplanned = 0;
	// Every card takes the latest day with room, so the days still free are always days 0..latest:
	// one pointer walks back from the interview, and each card costs at most one FSRS evaluation.
	let latest = days - 1;
	for (const { card } of candidates) {
		while (latest >= 0 && room[latest] === 0) latest--;
		if (latest < 0) {
			unplanned++;
			continue;
		}
		// Recall on the day only grows the later the review (less time to forget, and more stability
		// gained from a review at lower recall): if a review on `latest` falls short, so would any
		// earlier day. The day before the interview is always worth it, being the best there is.
		const worthIt =
			latest === days - 1 || retrievabilityAfterReview(card, now + latest * DAY, at, fsrs) >= goal.targetRetention;
		if (!worthIt) {
			unplanned++;
			continue;
		}
		room[latest]--;
		if (latest === 0) today.push(card.id);
		else later++;
	}
	return { today, later, unplanned };
}

export interface Readiness {
	/** Predicted share of the interview's cards recalled on the day, 0-1, if nothing more is reviewed. */
	share: number;
	/** Active cards in scope. */
	cards: number;
	/** Of those, cards never studied (counted as not recalled). */
	notStarted: number;
}

/**
 * Readiness: the mean predicted recall of the interview's active cards at the interview, as things
 * stand (no further reviews assumed), with cards never studied counted as 0. It rises as the user
 * learns new cards and as reviews brought forward land close to the day.
 */
export function readiness(cards: readonly CardRecord[], goal: Pick<InterviewGoal, 'date'>, clock: InterviewClock, scheduler: SchedulerSettings): Readiness {
	const { at } = interviewMoment(goal.date, clock.dayStartHour, clock.tzOffsetMinutes);
	const fsrs = fsrsFor(scheduler);
	let sum = 0;
	let count = 0;
	let notStarted = 0;
	for (const card of cards) {
		if (card.suspended || card.archived) continue;
		count++;
		if (card.phase === 'new') notStarted++;
		else sum += retrievabilityAt(card, Math.max(at, clock.now), fsrs);
	}
	return { share: count ? sum / count : 0, cards: count, notStarted };
}
