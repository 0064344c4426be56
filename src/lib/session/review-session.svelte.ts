// One review session: the queue of today's cards, the card on screen, answering and undo.
// Scheduling is pure (srs/); storage is one transaction per answer (db/). The queue lives in memory
// after the session starts, so answering never waits on a query before the next card shows.
// The same session drives custom study of a saved set (study-source.ts): scheduled reviews limited
// to the set, or cram, where `writesHistory` is false and grades only reorder the in-memory queue.
import {
	buryCard,
	itemsByIds,
	recordAnswer,
	setSuspended,
	unburyCard,
	undoAnswer,
	userMessage,
	type CardRecord,
	type ItemRecord,
	type ReviewRecord,
	type RehearseDb,
	type Settings
} from '$lib/db';
import {
	dayWindow,
	nextAfterAnswer,
	nextCard,
	preview,
	queueCounts,
	schedule,
	schedulerSettingsOf,
	type Grade,
	type QueueCounts,
	type SchedulerSettings
} from '$lib/srs';
import { now } from '$lib/clock';
import { CRAM_GRADE_LABELS, cramAfterAnswer } from './cram-queue';
import { loadTodayQueue } from './today';
import { loadSetQueue, TODAY, type StudySource } from './study-source';
import { emptySummary, withAnswer, type SessionSummary } from './review-summary';

export type { SessionSummary } from './review-summary';

/** Undo keeps this many steps (answers, suspends and buries together). */
export const UNDO_DEPTH = 20;

/** One step Undo can take back: an answer, or a card taken out of the queue from its menu. */
type UndoEntry =
	| {
			kind: 'answer';
			/** The stored review to delete; null in cram, where nothing was stored. */
			reviewId: string | null;
			cardBefore: CardRecord;
			queueBefore: CardRecord[];
			summaryBefore: SessionSummary;
	  }
	| { kind: 'suspend' | 'bury'; cardBefore: CardRecord; queueBefore: CardRecord[] };

const NO_COUNTS: QueueCounts = { new: 0, learning: 0, review: 0 };

export class ReviewSession {
	/** The card on screen, or null when nothing is due now. */
	current = $state.raw<CardRecord | null>(null);
	revealed = $state(false);
	/** An answer is being written: taps and keys are ignored until it lands. */
	saving = $state(false);
	summary = $state.raw<SessionSummary>(emptySummary());
	/** Cards still queued for today, the current one included. */
	remaining = $state(0);
	/**
	 * The queue by kind, the current card included, like AnkiDroid's three numbers: a new card
	 * answered Again moves from `new` to `learning`, so the counts move even when `remaining` does not.
	 */
	counts = $state.raw<QueueCounts>(NO_COUNTS);
	/** When the next learning card comes due, if the queue is waiting on one. */
	nextDueAt = $state<number | null>(null);
	error = $state<string | null>(null);
	/** The card just taken out of the queue from its menu, and how; cleared by the next answer or undo. */
	takenOut = $state<'suspend' | 'bury' | null>(null);
	undoDepth = $state(0);
	/**
	 * False for cram: answers never write cards or reviews, so the schedule is exactly as it was.
	 * Fixed for the session's life.
	 */
	readonly writesHistory: boolean;
	/** New cards on top of today's limit that this session was opened with ("Study more new cards"). */
	readonly extraNew: number;

	#db: RehearseDb;
	#settings: Settings;
	#source: StudySource;
	#scheduler: SchedulerSettings;
	#items = new Map<string, ItemRecord>();
	#queue: CardRecord[] = [];
	#undo: UndoEntry[] = [];
	#shownAt = 0;
	#dayEnd = 0;

	private constructor(db: RehearseDb, settings: Settings, source: StudySource) {
		this.#db = db;
		this.#settings = settings;
		this.#source = source;
		this.#scheduler = schedulerSettingsOf(settings);
		this.writesHistory = source.kind !== 'cram';
		this.extraNew = source.kind === 'today' ? (source.extraNew ?? 0) : 0;
	}

	/** Loads today's queue, or a saved set's queue for custom study. */
	static async start(db: RehearseDb, settings: Settings, source: StudySource = TODAY): Promise<ReviewSession> {
		const session = new ReviewSession(db, settings, source);
		const at = now();
		const loaded = await session.#loadQueue(at);
		session.#dayEnd = loaded.dayEnd;
		session.#queue = loaded.queue;
		await session.#loadItems(loaded.queue);
		session.#advance(at);
		return session;
	}

	/** The queue as a session of this source opened at `at` would have it. */
	#loadQueue(at: number, extraNew = 0): Promise<{ queue: CardRecord[]; dayEnd: number }> {
		const source = this.#source;
		return source.kind === 'today'
			? loadTodayQueue(this.#db, this.#settings, at, (source.extraNew ?? 0) + extraNew)
			: loadSetQueue(this.#db, this.#settings, source, at);
	}

	async #loadItems(cards: readonly CardRecord[]): Promise<void> {
		const missing = [...new Set(cards.map((card) => card.itemId))].filter((id) => !this.#items.has(id));
		for (const item of await itemsByIds(this.#db, missing)) this.#items.set(item.id, item);
	}

	/**
	 * A card to take the place of `card`, just taken out of the queue: it was never studied today, so,
	 * as in Anki, another new (or review) card may come in within the daily limit. The first one the
	 * queue, built again, holds that is not queued, answered or a sibling of a queued card; or null.
	 */
	async #replacementFor(card: CardRecord): Promise<CardRecord | null> {
		if (!this.writesHistory || (card.phase !== 'new' && card.phase !== 'review')) return null;
		// One more new card than the limit: the rebuilt queue may fill the freed place with a sibling
		// of the card just taken out (the next card of the same table), which must not take its place.
		const { queue } = await this.#loadQueue(now(), card.phase === 'new' ? 1 : 0);
		const queuedItems = new Set(this.#queue.map((queued) => queued.itemId));
		const replacement = queue.find(
			(candidate) =>
				candidate.phase === card.phase &&
				candidate.id !== card.id &&
				!queuedItems.has(candidate.itemId) &&
				!this.summary.cardIds.has(candidate.id)
		);
		if (replacement) await this.#loadItems([replacement]);
		return replacement ?? null;
	}

	/** The item the current card belongs to. */
	get item(): ItemRecord | null {
		return this.current ? (this.#items.get(this.current.itemId) ?? null) : null;
	}

	/** What each grade would schedule, for the button labels ("Good · 3d"); in cram, what it does now. */
	get intervals(): Record<Grade, string> | null {
		if (!this.current) return null;
		if (!this.writesHistory) return CRAM_GRADE_LABELS;
		const next = preview(this.current, now(), this.#scheduler);
		return { 1: next[1].interval, 2: next[2].interval, 3: next[3].interval, 4: next[4].interval };
	}

	/** Items of the current card and the next few, for prewarming drill runtimes. */
	upcomingItems(count: number): ItemRecord[] {
		const current = this.current ? [this.current] : [];
		const ahead = this.#queue.filter((card) => card.id !== this.current?.id).slice(0, count);
		return [...current, ...ahead].flatMap((card) => this.#items.get(card.itemId) ?? []);
	}

	get finished(): boolean {
		return this.current === null && this.nextDueAt === null;
	}

	reveal(): void {
		if (this.current && !this.saving) this.revealed = true;
	}

	/**
	 * Grades the current card: one transaction writes the new card state and its review row. If the
	 * write fails, nothing changes and the card stays on screen with the error shown. In cram nothing
	 * is written: Again and Hard bring the card back later in this session, Good and Easy end it.
	 */
	async answer(grade: Grade, extra: { score?: number | null; mode?: string } = {}): Promise<void> {
		const card = this.current;
		if (!card || this.saving) return;
		this.saving = true;
		this.error = null;
		this.takenOut = null;
		const at = now();
		const durationMs = Math.max(0, at - this.#shownAt);
		let reviewId: string | null = null;
		let queueAfter: CardRecord[];
		if (this.writesHistory) {
			const cardAfter: CardRecord = { ...card, ...schedule(card, grade, at, this.#scheduler) };
			const review: ReviewRecord = {
				id: crypto.randomUUID(),
				cardId: card.id,
				itemId: card.itemId,
				grade,
				reviewedAt: at,
				phaseBefore: card.phase,
				durationMs,
				score: extra.score ?? null,
				mode: extra.mode ?? 'reveal'
			};
			try {
				await recordAnswer(this.#db, { cardAfter, review });
			} catch (error) {
				this.error = userMessage(error);
				this.saving = false;
				return;
			}
			reviewId = review.id;
			// The card leaves the queue (back later today if still learning); its siblings wait for tomorrow.
			queueAfter = nextAfterAnswer(this.#queue, cardAfter, this.#dayEnd);
		} else {
			queueAfter = cramAfterAnswer(this.#queue, card, grade);
		}
		this.#pushUndo({ kind: 'answer', reviewId, cardBefore: card, queueBefore: this.#queue, summaryBefore: this.summary });
		this.summary = withAnswer(this.summary, card.id, grade, durationMs);
		this.#queue = queueAfter;
		this.#advance(at);
		this.saving = false;
	}

	/** Suspends the current card (until unsuspended from its deck): it leaves the queue at once. */
	suspend(): Promise<void> {
		return this.#takeOut('suspend', (card) => setSuspended(this.#db, [card.id], true));
	}

	/** Buries the current card until the next study day starts: it leaves the queue at once. */
	bury(): Promise<void> {
		return this.#takeOut('bury', (card) => buryCard(this.#db, card.id, dayWindow(now(), this.#settings.dayStartHour).start));
	}

	/** Takes the current card out of the queue after `store` records why; Undo brings it back. */
	async #takeOut(kind: 'suspend' | 'bury', store: (card: CardRecord) => Promise<unknown>): Promise<void> {
		const card = this.current;
		if (!card || this.saving) return;
		this.saving = true;
		this.error = null;
		try {
			await store(card);
		} catch (error) {
			this.error = userMessage(error);
			this.saving = false;
			return;
		}
		let replacement: CardRecord | null = null;
		try {
			replacement = await this.#replacementFor(card);
		} catch (error) {
			// Taken out and stored; only the replacement could not be read. Go on without one.
			this.error = userMessage(error);
		}
		this.#pushUndo({ kind, cardBefore: card, queueBefore: this.#queue });
		this.#queue = this.#queue.flatMap((queued) => (queued.id !== card.id ? [queued] : replacement ? [replacement] : []));
		this.takenOut = kind;
		this.#advance(now());
		this.saving = false;
	}

	/**
	 * Takes back the last step. An answer: its review row is deleted and the card's exact prior state
	 * restored (in cram only the session's queue and counts go back, as nothing was stored). A suspend
	 * or bury: the card is unsuspended or unburied and shown again.
	 */
	async undo(): Promise<void> {
		const entry = this.#undo.at(-1);
		if (!entry || this.saving) return;
		this.saving = true;
		this.error = null;
		try {
			if (entry.kind === 'answer' && entry.reviewId !== null)
				await undoAnswer(this.#db, { reviewId: entry.reviewId, cardBefore: entry.cardBefore });
			else if (entry.kind === 'suspend') await setSuspended(this.#db, [entry.cardBefore.id], false);
			else if (entry.kind === 'bury') await unburyCard(this.#db, entry.cardBefore.id);
		} catch (error) {
			this.error = userMessage(error);
			this.saving = false;
			return;
		}
		this.#undo.pop();
		this.undoDepth = this.#undo.length;
		this.takenOut = null;
		this.#queue = entry.queueBefore;
		if (entry.kind === 'answer') this.summary = entry.summaryBefore;
		this.#show(entry.cardBefore, now());
		this.#recount();
		this.nextDueAt = null;
		this.saving = false;
	}

	#pushUndo(entry: UndoEntry): void {
		this.#undo.push(entry);
		if (this.#undo.length > UNDO_DEPTH) this.#undo.shift();
		this.undoDepth = this.#undo.length;
	}

	#recount(): void {
		this.remaining = this.#queue.length;
		this.counts = queueCounts(this.#queue);
	}

	/** Shows the next card due now, if any; otherwise notes when the next learning card is due. */
	#advance(at: number): void {
		// Cram ignores due times: the queue's order is the session's order.
		const next = this.writesHistory ? nextCard(this.#queue, at) : (this.#queue[0] ?? null);
		this.#recount();
		if (next) {
			this.#show(next, at);
			this.nextDueAt = null;
		} else {
			this.current = null;
			this.revealed = false;
			this.nextDueAt = this.#queue.length ? Math.min(...this.#queue.map((card) => card.due)) : null;
		}
	}

	#show(card: CardRecord, at: number): void {
		this.current = card;
		this.revealed = false;
		this.#shownAt = at;
	}

	/** Re-checks the queue, e.g. when a waiting learning card has come due. */
	refresh(): void {
		if (!this.saving && !this.current) this.#advance(now());
	}
}
