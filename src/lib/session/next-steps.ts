// What the end of a review session offers next: more new cards (only when there are some), drills,
// and setting an interview date (only when none is coming). Read once, when the session ends.
import { listInterviews, type RehearseDb, type Settings } from '$lib/db';
import { queueCounts, studyDayOf } from '$lib/srs';
import { loadTodayQueue } from './today';

/** "Study more new cards" raises today's new-card limit by this many each time. */
export const MORE_NEW_STEP = 10;

export interface NextSteps {
	/** New cards a session with MORE_NEW_STEP more would bring; 0 when the bank has none left. */
	moreNew: number;
	/** The `extraNew` to ask for in that session. */
	extraNew: number;
	/** An interview is planned for today or later. */
	interviewPlanned: boolean;
}

/** The end screen's next steps, after a session of today's queue with `extraNew` extra new cards. */
export async function loadNextSteps(db: RehearseDb, settings: Settings, extraNew: number, at: number): Promise<NextSteps> {
	const next = extraNew + MORE_NEW_STEP;
	const today = studyDayOf(at, settings.dayStartHour);
	const [{ queue }, interviews] = await Promise.all([loadTodayQueue(db, settings, at, next), listInterviews(db)]);
	return {
		moreNew: queueCounts(queue).new,
		extraNew: next,
		interviewPlanned: interviews.some((interview) => interview.date >= today)
	};
}
