// Full validation of a parsed backup, before anything is written: every problem is collected with
// its path, and the result is rebuilt from known fields only. Own cards are rebuilt from their
// drafts by buildUserItem, so no HTML from a file ever reaches the app.
import { parseCardId } from '$lib/content';
import { hashJson } from '$lib/model';
import type { DesignProgress } from '$lib/db';
import type {
	AttemptRecord,
	CardRecord,
	DraftRecord,
	InterviewRecord,
	ItemRecord,
	ReviewRecord,
	SetRecord
} from '$lib/model';
import { CARD_PHASES, DEFAULT_SETTINGS, validateSetting, type Settings } from '$lib/model';
import { buildUserItem, UserItemError, type UserItemDraft } from '$lib/user-items';
import {
	bool,
	field,
	finite,
	FORBIDDEN_KEYS,
	flag,
	id,
	integer,
	isObject,
	listOf,
	nullable,
	oneOf,
	pattern,
	plainJson,
	Problems,
	shown,
	text,
	time,
	walkForHostileKeys,
	type Obj
} from './checks';
import { BackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_VERSION, type ValidBackup } from './format';
import { upgradeV1 } from './v1';

const MANY = Number.MAX_SAFE_INTEGER;
const LIMITS = { reviews: 2_000_000, cards: 200_000, attempts: 500_000, userItems: 20_000, sets: 10_000, interviews: 1_000, drafts: 100_000 };

/**
 * Checks a parsed backup file and returns it cleaned, migrated to the current version, with own
 * cards rebuilt. Throws BackupError saying what is wrong, with every problem (up to 50) in `details`.
 */
export function validateBackup(raw: unknown): ValidBackup {
	if (!isObject(raw) || raw.format !== BACKUP_FORMAT)
		throw new BackupError('not-a-backup', 'This file is not a Rehearse backup: it does not say "format": "rehearse-backup".');
	const version = raw.version;
	if (!Number.isInteger(version) || (version as number) < 1)
		throw new BackupError('invalid', `The backup's version must be a whole number from 1 (got ${shown(version)}).`);
	if ((version as number) > BACKUP_VERSION)
		throw new BackupError(
			'newer-version',
			`This backup was made by a newer Rehearse (file version ${version}; this app reads up to version ${BACKUP_VERSION}). Update the app, then import it.`
		);

	const problems = new Problems();
	walkForHostileKeys(raw, problems);
	if (problems.any) throw refuse(problems);

	const file = version === 1 ? upgradeV1(raw) : raw;
	const result = checkFile(file, version as number, problems);
	if (problems.any || !result) throw refuse(problems);
	return result;
}

function refuse(problems: Problems): BackupError {
	const more = problems.total > 1 ? ` (and ${problems.total - 1} more problem${problems.total > 2 ? 's' : ''})` : '';
	return new BackupError('invalid', `The backup is not valid, so nothing was imported: ${problems.list[0]}${more}.`, problems.list);
}

function checkFile(file: Obj, fileVersion: number, problems: Problems): ValidBackup | null {
	const exportedAt = field(problems, file, '(file)', 'exportedAt', time);
	const app = isObject(file.app) ? file.app : null;
	if (!app) problems.add('app', 'is missing (expected the exporting app\'s content hash and version)');
	const contentHash = app ? field(problems, app, 'app', 'contentHash', text({ max: 200 })) : undefined;
	const appVersion = app ? field(problems, app, 'app', 'appVersion', text({ max: 100 })) : undefined;
	if (!isObject(file.data)) {
		problems.add('data', `must be an object holding the history (got ${shown(file.data)})`);
		return null;
	}
	const data = file.data;

	const cards = records(problems, data, 'cards', LIMITS.cards, checkCard);
	const cardById = uniqueIds(problems, cards, 'data.cards', (card) => card.id);
	const reviews = records(problems, data, 'reviews', LIMITS.reviews, checkReview);
	uniqueIds(problems, reviews, 'data.reviews', (review) => review.id);
	// A card that failed its own checks was reported already; its reviews are not reported again.
	const listedCards = new Set(Array.isArray(data.cards) ? data.cards.map((card) => (isObject(card) ? card.id : null)) : []);
	reviews.forEach((review, i) => {
		const card = cardById.get(review.cardId);
		if (!card) {
			if (!listedCards.has(review.cardId)) problems.add(`data.reviews[${i}].cardId`, `${shown(review.cardId)} is not a card in data.cards`);
		} else if (card.itemId !== review.itemId)
			problems.add(`data.reviews[${i}].itemId`, `${shown(review.itemId)} is not the item of card ${shown(card.id)}`);
	});

	const userItems = records(problems, data, 'userItems', LIMITS.userItems, checkUserItem);
	uniqueIds(problems, userItems, 'data.userItems', (item) => item.id);
	const itemsWithCards = new Set([...cards.map((card) => card.itemId), ...userItems.map((item) => item.id)]);

	const attempts = records(problems, data, 'attempts', LIMITS.attempts, checkAttempt);
	uniqueIds(problems, attempts, 'data.attempts', (attempt) => attempt.id);
	attempts.forEach((attempt, i) => {
		if (!itemsWithCards.has(attempt.itemId)) problems.add(`data.attempts[${i}].itemId`, `${shown(attempt.itemId)} is not the item of any card in the file`);
	});
	const drafts = records(problems, data, 'drafts', LIMITS.drafts, checkDraft);
	uniqueIds(problems, drafts, 'data.drafts', (draft) => draft.itemId);
	drafts.forEach((draft, i) => {
		if (!itemsWithCards.has(draft.itemId)) problems.add(`data.drafts[${i}].itemId`, `${shown(draft.itemId)} is not the item of any card in the file`);
	});

	const sets = records(problems, data, 'sets', LIMITS.sets, checkSet);
	uniqueIds(problems, sets, 'data.sets', (set) => set.id);
	const interviews = records(problems, data, 'interviews', LIMITS.interviews, checkInterview);
	uniqueIds(problems, interviews, 'data.interviews', (interview) => interview.id);

	const { settings, skipped } = checkSettings(problems, data.settings);
	const designProgress = checkDesignProgress(problems, data.designProgress);

	if (problems.any || exportedAt === undefined || contentHash === undefined || appVersion === undefined) return null;
	return {
		exportedAt,
		fileVersion,
		contentHash,
		appVersion,
		data: { reviews, cards, attempts, userItems, sets, settings, interviews, drafts, designProgress },
		skippedSettings: skipped
	};
}

/** Checks each element of `data[key]` (a list); keeps the ones that passed. */
function records<T>(problems: Problems, data: Obj, key: string, max: number, check: (problems: Problems, value: Obj, path: string) => T | null): T[] {
	const list = data[key];
	const path = `data.${key}`;
	if (!Array.isArray(list)) {
		problems.add(path, list === undefined ? 'is missing (expected a list)' : `must be a list (got ${shown(list)})`);
		return [];
	}
	if (list.length > max) {
		problems.add(path, `has ${list.length.toLocaleString('en')} entries; no backup has more than ${max.toLocaleString('en')}`);
		return [];
	}
	const out: T[] = [];
	for (let i = 0; i < list.length; i++) {
		const element = list[i];
		if (!isObject(element)) {
			problems.add(`${path}[${i}]`, `must be an object (got ${shown(element)})`);
			continue;
		}
		const before = problems.total;
		const checked = check(problems, element, `${path}[${i}]`);
		if (checked !== null && problems.total === before) out.push(checked);
	}
	return out;
}

/** Reports ids used twice; returns the records by id. */
function uniqueIds<T>(problems: Problems, list: T[], path: string, idOf: (record: T) => string): Map<string, T> {
	const byId = new Map<string, T>();
	const firstAt = new Map<string, number>();
	list.forEach((record, i) => {
		const key = idOf(record);
		if (firstAt.has(key)) problems.add(`${path}[${i}]`, `has the id ${shown(key)}, already used by ${path}[${firstAt.get(key)}]`);
		else {
			firstAt.set(key, i);
			byId.set(key, record);
		}
	});
	return byId;
}

const mode = pattern(/^[a-z0-9][a-z0-9-]{0,31}$/, 'a drill mode such as "reveal" or "typed"');

function checkReview(problems: Problems, r: Obj, path: string): ReviewRecord | null {
	const review = {
		id: field(problems, r, path, 'id', id),
		cardId: field(problems, r, path, 'cardId', id),
		itemId: field(problems, r, path, 'itemId', id),
		grade: field(problems, r, path, 'grade', integer({ min: 1, max: 4 })) as ReviewRecord['grade'],
		reviewedAt: field(problems, r, path, 'reviewedAt', time),
		phaseBefore: field(problems, r, path, 'phaseBefore', oneOf(CARD_PHASES)),
		durationMs: field(problems, r, path, 'durationMs', finite({ min: 0, max: 1e9 })),
		score: field(problems, r, path, 'score', nullable(finite({ min: 0, max: 1 }))),
		mode: field(problems, r, path, 'mode', mode)
	};
	return complete(review);
}

function checkCard(problems: Problems, c: Obj, path: string): CardRecord | null {
	const card = {
		id: field(problems, c, path, 'id', id),
		itemId: field(problems, c, path, 'itemId', id),
		variant: field(problems, c, path, 'variant', text({ max: 200 })),
		deck: field(problems, c, path, 'deck', id),
		phase: field(problems, c, path, 'phase', oneOf(CARD_PHASES)),
		due: field(problems, c, path, 'due', time),
		stability: field(problems, c, path, 'stability', finite({ min: 0, max: 1e6 })),
		difficulty: field(problems, c, path, 'difficulty', finite({ min: 0, max: 10 })),
		elapsedDays: field(problems, c, path, 'elapsedDays', finite({ min: 0, max: 1e6 })),
		scheduledDays: field(problems, c, path, 'scheduledDays', finite({ min: 0, max: 1e6 })),
		learningSteps: field(problems, c, path, 'learningSteps', integer({ min: 0, max: 100 })),
		reps: field(problems, c, path, 'reps', integer({ min: 0, max: MANY })),
		lapses: field(problems, c, path, 'lapses', integer({ min: 0, max: MANY })),
		lastReview: field(problems, c, path, 'lastReview', nullable(time)),
		suspended: field(problems, c, path, 'suspended', flag),
		archived: field(problems, c, path, 'archived', flag),
		createdAt: field(problems, c, path, 'createdAt', time)
	};
	const checked = complete(card);
	if (checked) {
		const parts = parseCardId(checked.id);
		if (parts.itemId !== checked.itemId || parts.variant !== checked.variant)
			problems.add(`${path}.id`, `${shown(checked.id)} must be "<itemId>::<variant>" (${shown(checked.itemId)}, ${shown(checked.variant)})`);
	}
	return checked;
}

function checkAttempt(problems: Problems, a: Obj, path: string): AttemptRecord | null {
	const attempt = {
		id: field(problems, a, path, 'id', id),
		itemId: field(problems, a, path, 'itemId', id),
		at: field(problems, a, path, 'at', time),
		code: field(problems, a, path, 'code', text({ max: 200_000 })),
		verdict: field(problems, a, path, 'verdict', oneOf(['pass', 'fail', 'error'] as const)),
		durationMs: field(problems, a, path, 'durationMs', finite({ min: 0, max: 1e9 })),
		hintsUsed: field(problems, a, path, 'hintsUsed', integer({ min: 0, max: 1000 })),
		detail: field(problems, a, path, 'detail', nullable(plainJson())) as AttemptRecord['detail'] | undefined
	};
	if (attempt.detail !== undefined && attempt.detail !== null && !isObject(attempt.detail))
		problems.add(`${path}.detail`, `must be null or an object (got ${shown(attempt.detail)})`);
	return complete(attempt);
}

function checkDraft(problems: Problems, d: Obj, path: string): DraftRecord | null {
	return complete({
		itemId: field(problems, d, path, 'itemId', id),
		code: field(problems, d, path, 'code', text({ max: 200_000 })),
		savedAt: field(problems, d, path, 'savedAt', time)
	});
}

const ids = listOf(id, { max: 100_000 });

function checkSet(problems: Problems, s: Obj, path: string): SetRecord | null {
	return complete({
		id: field(problems, s, path, 'id', id),
		name: field(problems, s, path, 'name', text({ min: 1, max: 200 })),
		filter: field(problems, s, path, 'filter', nullable(text({ max: 2_000 }))),
		itemIds: field(problems, s, path, 'itemIds', nullable(ids)),
		createdAt: field(problems, s, path, 'createdAt', time)
	});
}

function checkInterview(problems: Problems, v: Obj, path: string): InterviewRecord | null {
	const interview: Partial<InterviewRecord> = {
		id: field(problems, v, path, 'id', id),
		name: field(problems, v, path, 'name', text({ max: 200 })),
		date: field(problems, v, path, 'date', pattern(/^\d{4}-\d{2}-\d{2}$/, 'a date like "2026-03-14"')),
		deckIds: field(problems, v, path, 'deckIds', listOf(id, { max: 1_000 })),
		setIds: field(problems, v, path, 'setIds', listOf(id, { max: 1_000 })),
		createdAt: field(problems, v, path, 'createdAt', time)
	};
	// Optional fields a later app version added; absent means "use the default".
	if (v.minutesPerDay !== undefined) interview.minutesPerDay = field(problems, v, path, 'minutesPerDay', finite({ min: 1, max: 24 * 60 }));
	if (v.targetRetention !== undefined) interview.targetRetention = field(problems, v, path, 'targetRetention', finite({ min: 0.7, max: 0.99 }));
	return Object.values(interview).some((value) => value === undefined) ? null : (interview as InterviewRecord);
}

function checkUserItem(problems: Problems, u: Obj, path: string): ItemRecord | null {
	const itemId = field(problems, u, path, 'id', id);
	const archived = field(problems, u, path, 'archived', bool);
	const updatedAt = field(problems, u, path, 'updatedAt', time);
	if (!isObject(u.draft)) {
		problems.add(`${path}.draft`, `must be the card's fields (got ${shown(u.draft)})`);
		return null;
	}
	if (itemId === undefined || archived === undefined || updatedAt === undefined) return null;
	try {
		// The draft is checked field by field by buildUserItem itself; HTML is made by renderMarkdown.
		const item = buildUserItem(u.draft as unknown as UserItemDraft, { id: itemId, now: updatedAt });
		return { ...item, origin: 'user', hash: hashJson(item), archived: archived ? 1 : 0, updatedAt };
	} catch (error) {
		if (!(error instanceof UserItemError)) throw error;
		for (const problem of error.problems) problems.add(`${path}.draft.${problem.field}`, `is not valid: ${problem.message}`);
		return null;
	}
}

function checkSettings(problems: Problems, value: unknown): { settings: Partial<Settings>; skipped: string[] } {
	const settings: Record<string, unknown> = {};
	const skipped: string[] = [];
	if (!isObject(value)) {
		problems.add('data.settings', `must be an object of setting names and values (got ${shown(value)})`);
		return { settings, skipped };
	}
	for (const [key, setting] of Object.entries(value)) {
		if (FORBIDDEN_KEYS.has(key)) problems.add(`data.settings.${key}`, 'is not a setting; the file was refused');
		else if (!Object.hasOwn(DEFAULT_SETTINGS, key)) skipped.push(key);
		else {
			const problem = validateSetting(key as keyof Settings, setting);
			if (problem) problems.add(`data.settings.${key}`, `is not valid: ${problem}`);
			else settings[key] = structuredClone(setting);
		}
	}
	return { settings: settings as Partial<Settings>, skipped };
}

const slug = /^[a-z0-9][a-z0-9-]{0,99}$/;

function checkDesignProgress(problems: Problems, value: unknown): Record<string, DesignProgress> {
	const progress: Record<string, DesignProgress> = {};
	if (!isObject(value)) {
		problems.add('data.designProgress', `must be an object of scenario progress (got ${shown(value)})`);
		return progress;
	}
	for (const [key, entry] of Object.entries(value)) {
		const path = `data.designProgress.${key}`;
		if (!slug.test(key)) problems.add(path, 'is not a scenario name');
		else if (!isObject(entry)) problems.add(path, `must be an object (got ${shown(entry)})`);
		else {
			const sectionsRead = field(problems, entry, path, 'sectionsRead', listOf(id, { max: 1_000 }));
			const queriesRun = field(problems, entry, path, 'queriesRun', listOf(id, { max: 1_000 }));
			if (sectionsRead && queriesRun) progress[key] = { sectionsRead, queriesRun };
		}
	}
	return progress;
}

/** The record, if every field passed its check (a failed field is undefined). */
function complete<T extends object>(record: { [K in keyof T]: T[K] | undefined }): T | null {
	return Object.values(record).some((value) => value === undefined) ? null : (record as T);
}

/** The records sync reads from a server, by the shape the backup file gives them. */
export interface SyncedRecordShapes {
	review: ReviewRecord;
	userItem: ItemRecord;
	set: SetRecord;
	interview: InterviewRecord;
	designProgress: DesignProgress;
}

/**
 * Checks one record read from a sync server exactly as an imported backup's record of that kind is
 * checked (same limits, same hostile-key walk), and returns it rebuilt from known fields only.
 * `userItem` takes the backup file's shape ({ id, draft, archived, updatedAt }) and rebuilds the
 * card from its draft. Settings are checked with validateSetting by the caller.
 */
export function validateSyncedRecord<K extends keyof SyncedRecordShapes>(
	kind: K,
	raw: unknown
): { ok: true; value: SyncedRecordShapes[K] } | { ok: false; problems: string[] } {
	const problems = new Problems();
	walkForHostileKeys(raw, problems);
	if (!isObject(raw)) problems.add('(document)', `must be an object (got ${shown(raw)})`);
	if (problems.any) return { ok: false, problems: problems.list };
	const obj = raw as Obj;
	let value: unknown = null;
	if (kind === 'review') value = checkReview(problems, obj, kind);
	else if (kind === 'userItem') value = checkUserItem(problems, obj, kind);
	else if (kind === 'set') value = checkSet(problems, obj, kind);
	else if (kind === 'interview') value = checkInterview(problems, obj, kind);
	else {
		const progress = checkDesignProgress(problems, { [String(obj.slug)]: { sectionsRead: obj.sectionsRead, queriesRun: obj.queriesRun } });
		value = progress[String(obj.slug)] ?? null;
	}
	if (problems.any || value === null) return { ok: false, problems: problems.any ? problems.list : [`${kind} is not valid`] };
	return { ok: true, value: value as SyncedRecordShapes[K] };
}
