// The db module's public surface: the rest of the app imports from '$lib/db', and never dexie.
// Repositories that pull in heavy code and serve one screen each are NOT re-exported here, because
// everything this file reaches lands in the chunk the first screen loads. Import them by path:
// '$lib/db/backup' (file format, validation, merge), '$lib/db/user-items' (Markdown + sanitiser),
// '$lib/db/import-items', '$lib/db/integrity', '$lib/db/rescue', '$lib/db/fsrs-weights',
// '$lib/db/stats', and the question bank's '$lib/db/bank', '$lib/db/sets' and '$lib/db/set-study'
// (filter and search code).
export { DB_NAME } from './schema';
export type { RehearseDb, StaleReason } from './database';
export { openDatabase, onVersionChange, type VersionChangeInfo } from './open';
export { watch, type LiveResult } from './live';
export type { AttemptRecord, AttemptVerdict, CardRecord, DraftRecord, Flag, InterviewRecord, ItemOrigin, ItemRecord, KeyValueRecord, ReviewRecord, SetRecord } from '$lib/model';
export type { SliceProgress, SyncReport } from './content-sync';
export { syncContent, syncContentInSlices } from './content-update';
export {
	loadStudyCandidates,
	deckOverview,
	cardsOfItem,
	setSuspended,
	lastReviewAt,
	makePhaseScriptsDue,
	type PhaseScriptsDue,
	type StudyCandidates,
	type DeckCounts
} from './cards';
export { buryCard, unburyCard, buriedCardIds } from './bury';
export { itemsByIds, itemsOfKind, deckContents, type DeckEntry } from './items';
export { confusionsOf, recordConfusions } from './confusions';
export { loadDraft, recordAttempt, saveDraft } from './drills';
export { recordAnswer, undoAnswer, type NewReview } from './answers';
export { loadSettings, saveSettings } from './settings';
// Settings as values live in the core; re-exported for code that reads and writes them here.
export { validateSetting, DEFAULT_SETTINGS, THEMES, SCRIPT_MODES, SettingsError, type Settings, type Theme, type ScriptMode } from '$lib/model';
export { getMeta, type MetaKey, type MetaValues, type DesignProgress } from './meta';
export {
	scenarios,
	scenarioBySlug,
	designProgress,
	allDesignProgress,
	addDesignProgress,
	learnedCardCounts,
	type ScenarioRecord
} from './design';
export { userMessage, storageMessage, isQuotaError, isStaleTabError, StaleTabError, QUOTA_MESSAGE, STALE_TAB_MESSAGE } from './errors';
export { reviewHistorySummary } from './history-summary';
// Types only: the check itself serves one panel and is imported by path.
export type { IntegrityFindings, IntegrityRepairs, IntegrityReport } from './integrity';
export {
	listInterviews,
	saveInterview,
	deleteInterview,
	interviewCards,
	interviewOverview,
	InterviewError,
	type InterviewStatus
} from './interviews';
export { recordBackupMade, backupStatus, dismissBackupNudge, type BackupStatus } from './backup-status';
// Sync's bookkeeping and its way into the user's tables; the server side is $lib/sync.
export { loadSyncConfig, saveSyncConfig, clearSyncConfig, isSyncOn } from './sync-config';
export {
	applyServerBatch,
	cardsAwaitingReplay,
	replayAwaiting,
	reviewCountsOf,
	heldDocuments,
	localVersions,
	nextToSend,
	outboxCount,
	recordSent,
	recordSyncedAt,
	replayCards,
	syncCheckpoint,
	syncRestoring,
	setSyncRestoring,
	type AppliedBatch,
	type LocalRecord,
	type LocalVersion,
	type ServerBatch
} from './sync-store';
export { listConflicts, settleConflict } from './sync-entry';
