// Applying FSRS weights fitted by the optimiser, optionally rescheduling every studied card, and
// undoing that exactly. The review log stays the source of truth: rescheduling replays each card's
// reviews with the new weights (srs/replay.ts); undo puts back the very states that were replaced.
import { replay, schedulerSettingsOf, type LoggedReview } from '$lib/srs';
import type { CardState, ReviewEvent, SchedulerSettings } from '$lib/model';
import type { RehearseDb } from './database';
import { getMeta } from './meta';
import type { CardRecord } from '$lib/model';
import { SettingsError, validateSetting } from '$lib/model';
import { loadSettings } from './settings';
import { writeTransaction } from './transact';

/** Below this many reviews the optimiser has too little to learn from; Settings does not offer it. */
export const MIN_REVIEWS_TO_OPTIMISE = 400;

/** What Undo needs: the weights before, and each rescheduled card's state before (null: not rescheduled). */
export interface WeightsUndo {
	appliedAt: number;
	previousWeights: number[] | null;
	weights: number[];
	/** Card id → its state before rescheduling. */
	previousStates: Record<string, CardState> | null;
	/**
	 * Card id → [reps, lastReview] right after rescheduling: a card that no longer matches was
	 * answered since, and Undo replays it rather than dropping that answer.
	 */
	appliedMarks: Record<string, [number, number | null]> | null;
}

export function countReviews(db: RehearseDb): Promise<number> {
	return db.reviews.count();
}

/** The whole review log, reduced to what the optimiser reads. */
export async function optimiserLog(db: RehearseDb): Promise<LoggedReview[]> {
	const reviews = await db.reviews.toArray();
	return reviews.map(({ cardId, grade, reviewedAt, phaseBefore }) => ({ cardId, grade, reviewedAt, phaseBefore }));
}

export function lastWeightsChange(db: RehearseDb): Promise<WeightsUndo | undefined> {
	return getMeta(db, 'weightsUndo');
}

const stateOf = (card: CardState): CardState => ({
	phase: card.phase,
	due: card.due,
	stability: card.stability,
	difficulty: card.difficulty,
	elapsedDays: card.elapsedDays,
	scheduledDays: card.scheduledDays,
	learningSteps: card.learningSteps,
	reps: card.reps,
	lapses: card.lapses,
	lastReview: card.lastReview
});

/** Each studied card's state replayed from its reviews under `settings`. */
async function replayedStates(db: RehearseDb, settings: SchedulerSettings, cardIds?: readonly string[]) {
	const [cards, reviews] = await Promise.all([
		cardIds ? db.cards.bulkGet([...cardIds]) : db.cards.toArray(),
		cardIds ? db.reviews.where('cardId').anyOf([...cardIds]).toArray() : db.reviews.toArray()
	]);
	const events = new Map<string, ReviewEvent[]>();
	for (const review of reviews) {
		const list = events.get(review.cardId);
		if (list) list.push(review);
		else events.set(review.cardId, [review]);
	}
	const replayed = new Map<string, { before: CardRecord; after: CardState }>();
	for (const card of cards) {
		const log = card && events.get(card.id);
		if (card && log) replayed.set(card.id, { before: card, after: replay(log, card.createdAt, settings) });
	}
	return replayed;
}

/** The card as read before replaying, unchanged since? (Not answered in another tab meanwhile.) */
const unchanged = (now: CardRecord | undefined, then: CardRecord) =>
	now !== undefined && now.reps === then.reps && now.lastReview === then.lastReview;

/**
 * Saves `weights` as the FSRS weights and, with `reschedule`, replays every studied card's reviews
 * under them; all in one transaction, with what Undo needs kept in meta. Replaying is done before
 * the transaction opens (it is pure computation); a card answered meanwhile is left as it is.
 */
export async function applyWeights(
	db: RehearseDb,
	weights: number[],
	{ reschedule, now }: { reschedule: boolean; now: number }
): Promise<{ rescheduled: number }> {
	const problem = validateSetting('weights', weights);
	if (problem) throw new SettingsError(problem);
	const settings = await loadSettings(db);
	const replayed = reschedule ? await replayedStates(db, { ...schedulerSettingsOf(settings), weights: [...weights] }) : null;
	return writeTransaction(db, [db.settings, db.cards, db.meta], async () => {
		let previousStates: Record<string, CardState> | null = null;
		let appliedMarks: Record<string, [number, number | null]> | null = null;
		if (replayed) {
			previousStates = {};
			appliedMarks = {};
			const current = await db.cards.bulkGet([...replayed.keys()]);
			const updates: CardRecord[] = [];
			for (const card of current) {
				const entry = card && replayed.get(card.id);
				if (!card || !entry || !unchanged(card, entry.before)) continue;
				previousStates[card.id] = stateOf(card);
				appliedMarks[card.id] = [entry.after.reps, entry.after.lastReview];
				updates.push({ ...card, ...entry.after });
			}
			await db.cards.bulkPut(updates);
		}
		const undo: WeightsUndo = { appliedAt: now, previousWeights: settings.weights, weights: [...weights], previousStates, appliedMarks };
		await db.settings.put({ key: 'weights', value: [...weights] });
		await db.meta.put({ key: 'weightsUndo', value: undo });
		return { rescheduled: previousStates ? Object.keys(previousStates).length : 0 };
	});
}

/**
 * Puts back the weights from before the last apply and, if cards were rescheduled, their states.
 * A card answered since then cannot simply go back (that answer would be lost): it is replayed
 * under the previous weights instead. Returns false when there is nothing to undo.
 */
export async function undoWeights(db: RehearseDb): Promise<boolean> {
	const undo = await getMeta(db, 'weightsUndo');
	if (!undo) return false;
	const settings = await loadSettings(db);
	const previous = undo.previousStates ?? {};
	const marks = undo.appliedMarks ?? {};
	const current = await db.cards.bulkGet(Object.keys(previous));
	const answeredSince = current.filter((card): card is CardRecord => {
		const mark = card && marks[card.id];
		return card !== undefined && mark !== undefined && (card.reps !== mark[0] || card.lastReview !== mark[1]);
	});
	const replayed = await replayedStates(
		db,
		{ ...schedulerSettingsOf(settings), weights: undo.previousWeights ? [...undo.previousWeights] : null },
		answeredSince.map((card) => card.id)
	);
	await writeTransaction(db, [db.settings, db.cards, db.meta], async () => {
		const cards = await db.cards.bulkGet(Object.keys(previous));
		const updates: CardRecord[] = [];
		for (const card of cards) {
			if (!card) continue;
			const again = replayed.get(card.id);
			if (again && unchanged(card, again.before)) updates.push({ ...card, ...again.after });
			else if (!again) updates.push({ ...card, ...previous[card.id] });
		}
		await db.cards.bulkPut(updates);
		await db.settings.put({ key: 'weights', value: undo.previousWeights });
		await db.meta.delete('weightsUndo');
	});
	return true;
}
