// Interviews the user prepares for: storage, the cards each covers, and today's plan of cards to
// bring forward (the choosing itself is pure, in srs/interview.ts).
import { checkInterviewDraft, dayWindow, normaliseInterviewDraft, studyDayOf, type InterviewDraft, type InterviewGoal, type InterviewProblems, type Readiness } from '$lib/srs';
import type { RehearseDb } from './database';
import { StaleTabError } from './errors';
import { getMeta } from './meta';
import type { CardRecord, InterviewRecord } from '$lib/model';
import type { Settings } from '$lib/model';
import { loadSettings } from './settings';
import { writeTransaction } from './transact';

/** Answers whose times estimate how long a card takes this user. */
const TIMED_ANSWERS = 200;

/**
 * The planner and the readiness forecast run FSRS (ts-fsrs): loaded once there is an interview, so
 * Today, which plans on every open, carries neither for a user who has none. Never awaited inside
 * a transaction.
 */
const loadPlanner = () => import('$lib/srs/interview');
type Planner = Awaited<ReturnType<typeof loadPlanner>>;

/** Thrown by saveInterview; `problems` names each field that needs fixing. */
export class InterviewError extends Error {
	override name = 'InterviewError';
	constructor(readonly problems: InterviewProblems) {
		super(Object.values(problems).join(' '));
	}
}

/** Every interview, soonest first (past ones included). */
export function listInterviews(db: RehearseDb): Promise<InterviewRecord[]> {
	return db.interviews.orderBy('date').toArray();
}

/**
 * Adds an interview, or replaces the one with `id`. Rejects an invalid draft with InterviewError,
 * writing nothing; `now` dates a new record and decides which dates are already past.
 */
export async function saveInterview(
	db: RehearseDb,
	draft: InterviewDraft,
	{ id, now }: { id?: string; now: number }
): Promise<InterviewRecord> {
	const { dayStartHour } = await loadSettings(db);
	const clean = normaliseInterviewDraft(draft);
	const problems = checkInterviewDraft(clean, studyDayOf(now, dayStartHour));
	if (Object.keys(problems).length) throw new InterviewError(problems);
	const recordId = id ?? crypto.randomUUID();
	return writeTransaction(db, [db.interviews], async () => {
		const existing = id ? await db.interviews.get(id) : undefined;
		const record: InterviewRecord = { id: recordId, ...clean, createdAt: existing?.createdAt ?? now };
		await db.interviews.put(record);
		return record;
	});
}

export async function deleteInterview(db: RehearseDb, id: string): Promise<void> {
	await writeTransaction(db, [db.interviews], () => db.interviews.delete(id));
}

function goalOf(interview: InterviewRecord, planner: Planner): InterviewGoal {
	return {
		date: interview.date,
		minutesPerDay: interview.minutesPerDay ?? planner.DEFAULT_MINUTES_PER_DAY,
		targetRetention: interview.targetRetention ?? planner.DEFAULT_INTERVIEW_RETENTION
	};
}

const isActive = (card: CardRecord) => !card.archived && !card.suspended;

/**
 * The active cards an interview covers: its decks' cards and its sets' cards; every card when it
 * names neither. A set deleted since is skipped.
 */
export async function interviewCards(db: RehearseDb, interview: InterviewRecord, now: number): Promise<CardRecord[]> {
	if (interview.deckIds.length === 0 && interview.setIds.length === 0) {
		return db.cards.filter(isActive).toArray();
	}
	const sets = (await db.sets.bulkGet(interview.setIds)).filter((set) => set !== undefined);
	// Loaded only when an interview names a set: resolving a filter set needs the question bank's
	// filter and search code, which Today (where this runs daily) should not carry otherwise.
	// Never called inside a transaction, so awaiting the import is safe.
	const { itemIdsOfSet } = sets.length ? await import('./sets') : { itemIdsOfSet: null };
	const itemIds = itemIdsOfSet ? (await Promise.all(sets.map((set) => itemIdsOfSet(db, set, now)))).flat() : [];
	const [byDeck, bySet] = await Promise.all([
		interview.deckIds.length ? db.cards.where('deck').anyOf(interview.deckIds).filter(isActive).toArray() : [],
		itemIds.length ? db.cards.where('itemId').anyOf(itemIds).filter(isActive).toArray() : []
	]);
	const byId = new Map<string, CardRecord>();
	for (const card of [...byDeck, ...bySet]) byId.set(card.id, card);
	return [...byId.values()];
}

/**
 * Today's cards brought forward, by interview id, kept in meta so the day's choice is stable: once
 * chosen, a card answered today does not free budget for another, and reloading the queue does not
 * plan again. `key` records what the plan was made from; a change (an interview edited, weights
 * applied) plans again, keeping what was already brought forward today within the budget.
 */
export interface InterviewPlan {
	dayStart: number;
	key: string;
	picks: Record<string, string[]>;
}

function planKey(interviews: InterviewRecord[], settings: Settings): string {
	return JSON.stringify([
		interviews.map((i) => [i.id, i.date, i.deckIds, i.setIds, i.minutesPerDay, i.targetRetention]),
		settings.desiredRetention,
		settings.weights,
		settings.dayStartHour
	]);
}

/** Interviews on which cards can still be brought forward, soonest first. */
function upcoming(interviews: InterviewRecord[], settings: Settings, now: number, { interviewMoment, pullDaysLeft }: Planner): InterviewRecord[] {
	return interviews.filter(
		(interview) => pullDaysLeft(now, interviewMoment(interview.date, settings.dayStartHour).dayStart) > 0
	);
}

/**
 * Review cards not yet due that an upcoming interview brings forward today, neediest first, each
 * still waiting (not answered today, not come due by itself). Plans the day on first use and stores
 * the plan in meta.
 */
export async function pulledForwardToday(
	db: RehearseDb,
	{ dayStart, dayEnd, now }: { dayStart: number; dayEnd: number; now: number }
): Promise<CardRecord[]> {
	const plan = await todaysPlan(db, dayStart, now);
	const ids = [...new Set(Object.values(plan?.picks ?? {}).flat())];
	if (ids.length === 0) return [];
	const cards = await db.cards.bulkGet(ids);
	return cards.filter(
		(card): card is CardRecord =>
			card !== undefined &&
			isActive(card) &&
			card.phase === 'review' &&
			card.due >= dayEnd &&
			(card.lastReview === null || card.lastReview < dayStart)
	);
}

/** Today's plan: the stored one when still current, else a new one (stored). Null with no interviews to plan for. */
async function todaysPlan(db: RehearseDb, dayStart: number, now: number): Promise<InterviewPlan | null> {
	const settings = await loadSettings(db);
	const all = await listInterviews(db);
	if (all.length === 0) return null;
	const planner = await loadPlanner();
	const interviews = upcoming(all, settings, now, planner);
	if (interviews.length === 0) return null;
	const key = planKey(interviews, settings);
	const stored = await getMeta(db, 'interviewPlan');
	if (stored && stored.dayStart === dayStart && stored.key === key) return stored;

	const earlier = stored?.dayStart === dayStart ? stored.picks : {};
	const recent = await db.reviews.orderBy('reviewedAt').reverse().limit(TIMED_ANSWERS).toArray();
	const seconds = planner.secondsPerCard(recent.map((review) => review.durationMs));
	const taken = new Set(Object.values(earlier).flat());
	const picks: Record<string, string[]> = {};
	for (const interview of interviews) {
		const cards = await interviewCards(db, interview, now);
		for (const card of cards) if (card.lastReview !== null && card.lastReview >= dayStart) taken.add(card.id);
		const already = earlier[interview.id] ?? [];
		const { today } = planner.planPullForward({
			goal: goalOf(interview, planner),
			cards,
			now,
			dayStartHour: settings.dayStartHour,
			scheduler: settings,
			seconds,
			alreadyToday: already.length,
			exclude: taken
		});
		for (const id of today) taken.add(id);
		picks[interview.id] = [...already, ...today];
	}
	const plan: InterviewPlan = { dayStart, key, picks };
	try {
		await writeTransaction(db, [db.meta], () => db.meta.put({ key: 'interviewPlan', value: plan }));
	} catch (e) {
		// A tab left behind by a newer version must not write; it still gets today's plan.
		if (!(e instanceof StaleTabError)) throw e;
	}
	return plan;
}

/** One upcoming interview as the Today screen shows it. */
export interface InterviewStatus {
	interview: InterviewRecord;
	/** Calendar days to go: 0 on the day. */
	daysLeft: number;
	readiness: Readiness;
	/** Cards brought forward for it today, answered or not. */
	broughtForwardToday: number;
}

/** Interviews from today on, soonest first, with their readiness and today's cards brought forward. */
export async function interviewOverview(db: RehearseDb, now: number): Promise<InterviewStatus[]> {
	const settings = await loadSettings(db);
	const all = await listInterviews(db);
	if (all.length === 0) return [];
	const { daysUntil, readiness } = await loadPlanner();
	const clock = { now, dayStartHour: settings.dayStartHour };
	const interviews = all.filter((interview) => daysUntil(interview.date, clock) >= 0);
	if (interviews.length === 0) return [];
	const plan = await todaysPlan(db, dayWindow(now, settings.dayStartHour).start, now);
	return Promise.all(
		interviews.map(async (interview) => ({
			interview,
			daysLeft: daysUntil(interview.date, clock),
			readiness: readiness(await interviewCards(db, interview, now), interview, clock, settings),
			broughtForwardToday: plan?.picks[interview.id]?.length ?? 0
		}))
	);
}
