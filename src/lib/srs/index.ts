// The public surface of srs/: pure scheduling with `now` always passed in (epoch ms).
export type { CardPhase, CardState, Grade, ReviewEvent, SchedulerSettings, StudyLimits } from './types';
export { GRADES, GRADE_NAMES } from './types';
export { newCardState } from './new-card';
export { schedulerSettingsOf } from './settings';
export { formatInterval, preview, schedule, type GradeOutcome } from './schedule';
export { replay } from './replay';
export { dayEnd, dayStart, dayWindow, studyDayOf, type TimezoneOffset } from './day';
export {
	LEARN_AHEAD_MS,
	buildQueue,
	laterToday,
	nextAfterAnswer,
	nextCard,
	queueCounts,
	type QueueCounts,
	type QueueEntry,
	type QueueInput
} from './queue';
export { DEFAULT_UNDO_CAPACITY, UndoStack, type UndoStep } from './undo';
export { SCORE_THRESHOLDS, suggestFromScore, suggestGrade, type AttemptOutcome } from './grade-suggestion';
