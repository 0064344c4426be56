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
// Fitting the scheduler's parameters to the user's log (the worker that fits them: optimiser/client.ts, loaded on demand).
export { cardHistories, packItems, trainingItems, type LoggedReview, type TrainingItem } from './optimiser/items';
export { evaluateWeights, type FitMetrics } from './optimiser/metrics';
export { effectiveWeights } from './optimiser/weights';
// Interview preparation: the cards to bring forward before a date, and how ready the user is.
export {
	DEFAULT_INTERVIEW_RETENTION,
	DEFAULT_MINUTES_PER_DAY,
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
	checkInterviewDraft,
	emptyInterviewDraft,
	normaliseInterviewDraft,
	MAX_MINUTES_PER_DAY,
	MAX_NAME_LENGTH,
	type InterviewDraft,
	type InterviewProblems
} from './interview-draft';
