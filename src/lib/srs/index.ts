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
export { fsrsFor } from './fsrs-adapter';
// The optimiser's shapes. Its code (optimiser/) is imported by path by the one panel that fits and
// by the optimiser's worker (runners/optimiser/): its modules build tables when loaded, which would
// land in the first screen's chunk from here.
export type { LoggedReview, OptimiserInput, TrainingItem } from './optimiser/items';
export type { FitMetrics } from './optimiser/metrics';
// Interview preparation: the cards to bring forward before a date, and how ready the user is.
// The planner's code brings FSRS: db/interviews.ts loads it on demand, so Today stays light.
export {
	daysUntil,
	interviewMoment,
	planPullForward,
	pullDaysLeft,
	readiness,
	secondsPerCard,
	type InterviewGoal,
	type Readiness
} from './interview';
export {
	DEFAULT_INTERVIEW_RETENTION,
	DEFAULT_MINUTES_PER_DAY,
	checkInterviewDraft,
	emptyInterviewDraft,
	normaliseInterviewDraft,
	MAX_MINUTES_PER_DAY,
	MAX_NAME_LENGTH,
	type InterviewDraft,
	type InterviewProblems
} from './interview-draft';
