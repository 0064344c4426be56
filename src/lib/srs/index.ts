// The public surface of srs/: pure scheduling with `now` always passed in (epoch ms).
export type { CardPhase, CardState, Grade, ReviewEvent, SchedulerSettings, StudyLimits } from '$lib/model';
export { GRADES, GRADE_NAMES } from '$lib/model';
export { newCardState } from './new-card';
export { orderNewCards, type NewOrderOptions } from './new-order';
export { schedulerSettingsOf } from './settings';
export { formatInterval, preview, schedule, type GradeOutcome } from './schedule';
export { replay } from './replay';
export { dayEnd, dayStart, dayWindow, studyDayOf, type TimezoneOffset } from './day';
export {
	LEARN_AHEAD_MS,
	buildQueue,
	nextAfterAnswer,
	nextCard,
	queueCounts,
	type QueueCounts,
	type QueueEntry,
	type QueueInput
} from './queue';
export { SCORE_THRESHOLDS, suggestFromScore, suggestGrade, type AttemptOutcome } from './grade-suggestion';
export { emptyInterviewDraft } from './interview-draft';
// Types only: the planner's code (FSRS) is loaded by db/interviews.ts when there is an interview.
export type { InterviewGoal, Readiness } from './interview';
export type { InterviewDraft, InterviewProblems } from './interview-draft';
