// What an import needs to know about the device, and what it will write: both plain data, so the
// plans are pure functions computed before the one write transaction.
import { cardsOf } from '$lib/content';
import type { DesignProgress } from '$lib/db';
import type {
	AttemptRecord,
	CardRecord,
	DraftRecord,
	InterviewRecord,
	ItemRecord,
	KeyValueRecord,
	ReviewRecord,
	SetRecord
} from '$lib/model';
import { stableStringify } from '$lib/model';
import type { CardState } from '$lib/model';

/** Everything on the device an import can touch. */
export interface Snapshot {
	items: ItemRecord[];
	cards: CardRecord[];
	reviews: ReviewRecord[];
	attempts: AttemptRecord[];
	sets: SetRecord[];
	settings: KeyValueRecord[];
	interviews: InterviewRecord[];
	drafts: DraftRecord[];
	/** Scenario slug → progress (meta keys `design:<slug>`). */
	designProgress: Record<string, DesignProgress>;
}

/** Tables a plan may empty before writing (replace mode). */
export type ClearableTable = 'reviews' | 'attempts' | 'sets' | 'settings' | 'interviews' | 'drafts';

export interface ImportReport {
	mode: 'replace' | 'merge';
	/** Reviews in the file that were new here (merge) or restored (replace). */
	reviewsAdded: number;
	/** Cards whose schedule was recomputed from the merged log (merge) or restored (replace). */
	cardsRecomputed: number;
	ownCardsAdded: number;
	ownCardsUpdated: number;
	attemptsAdded: number;
	setsChanged: number;
	interviewsChanged: number;
	/** Cards of content this device does not have, left out with their reviews. */
	leftOut: { cards: number; reviews: number };
	/** Settings the file had that this version does not know. */
	settingsSkipped: string[];
}

export interface WritePlan {
	clear: ClearableTable[];
	deleteItems: string[];
	deleteCards: string[];
	deleteMeta: string[];
	/** Rows to write: the snapshot's tables, with design progress as the meta rows it lives in. */
	put: Omit<Snapshot, 'designProgress'> & { meta: KeyValueRecord[] };
	report: ImportReport;
}

export function emptyPut(): WritePlan['put'] {
	return { items: [], cards: [], reviews: [], attempts: [], sets: [], settings: [], interviews: [], drafts: [], meta: [] };
}

export const designKey = (slug: string) => `design:${slug}`;

const STATE_FIELDS = [
	'phase',
	'due',
	'stability',
	'difficulty',
	'elapsedDays',
	'scheduledDays',
	'learningSteps',
	'reps',
	'lapses',
	'lastReview'
] as const satisfies readonly (keyof CardState)[];

export function stateOf(card: CardState): CardState {
	const state = {} as Record<string, unknown>;
	for (const key of STATE_FIELDS) state[key] = card[key];
	return state as unknown as CardState;
}

export function sameState(a: CardState, b: CardState): boolean {
	return STATE_FIELDS.every((key) => Object.is(a[key], b[key]));
}

export function sameCard(a: CardRecord, b: CardRecord): boolean {
	return (
		sameState(a, b) &&
		a.id === b.id &&
		a.itemId === b.itemId &&
		a.variant === b.variant &&
		a.deck === b.deck &&
		a.suspended === b.suspended &&
		a.archived === b.archived &&
		a.createdAt === b.createdAt
	);
}

/** A card's stored fields: the copy written, with nothing extra a file or another version added. */
export function cardRecord(card: CardRecord, overrides: Partial<CardRecord> = {}): CardRecord {
	const merged = { ...card, ...overrides };
	return {
		id: merged.id,
		itemId: merged.itemId,
		variant: merged.variant,
		deck: merged.deck,
		...stateOf(merged),
		suspended: merged.suspended,
		archived: merged.archived,
		createdAt: merged.createdAt
	};
}

/** Card ids an item yields now: a card outside this list is kept archived, with its history. */
export function cardIdsOf(item: ItemRecord): Set<string> {
	return new Set(cardsOf(item).map((spec) => spec.id));
}

/** Reviews in replay order: by time, then by id, so both devices replay ties the same way. */
export function inReplayOrder(reviews: ReviewRecord[]): ReviewRecord[] {
	return [...reviews].sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Of two versions of one record, the one to keep: the later by `at`, then, for a tie, the one whose
 * JSON sorts last. Deterministic, so merging A into B and B into A keep the same version.
 */
export function later<T>(a: T, b: T, at: (record: T) => number): T {
	if (at(a) !== at(b)) return at(a) > at(b) ? a : b;
	return stableStringify(a) >= stableStringify(b) ? a : b;
}

export function groupBy<T>(list: readonly T[], key: (element: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const element of list) {
		const k = key(element);
		const group = groups.get(k);
		if (group) group.push(element);
		else groups.set(k, [element]);
	}
	return groups;
}
