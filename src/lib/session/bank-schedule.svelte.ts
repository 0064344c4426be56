// A drill solved from the question bank (/practice/<id>) is practice: nothing is scheduled unless
// the user asks. When its card has never been reviewed, the solve can become its first review, so
// the drill comes back on the usual FSRS schedule. One answer, written like a review's: the card's
// new state and its review row in one transaction (the review log stays the source of truth).
import { cardsOfItem, recordAnswer, userMessage, type CardRecord, type RehearseDb, type Settings } from '$lib/db';
import { formatInterval, preview, schedule, schedulerSettingsOf, type Grade } from '$lib/srs';

export class BankSchedule {
	#db: RehearseDb;
	#settings: Settings;
	#card = $state.raw<CardRecord | null>(null);
	#saving = $state(false);
	#error = $state<string | null>(null);
	/** The grade this solve was scheduled with, once it was. */
	#scheduled = $state<Grade | null>(null);

	private constructor(db: RehearseDb, settings: Settings, card: CardRecord | null) {
		this.#db = db;
		this.#settings = settings;
		this.#card = card;
	}

	/** The item's live card (a drill has one), or none when it is archived. */
	static async open(db: RehearseDb, itemId: string, settings: Settings): Promise<BankSchedule> {
		const cards = await cardsOfItem(db, itemId);
		return new BankSchedule(db, settings, cards.find((card) => !card.archived) ?? null);
	}

	get card(): CardRecord | null {
		return this.#card;
	}
	get saving(): boolean {
		return this.#saving;
	}
	get error(): string | null {
		return this.#error;
	}
	get scheduled(): Grade | null {
		return this.#scheduled;
	}

	/** Offered for a card that is not in the reviews yet (never answered) and not suspended. */
	get offered(): boolean {
		return this.#card !== null && (this.#card.phase === 'new' || this.#scheduled !== null) && !this.#card.suspended;
	}

	/** What each grade would schedule, for the buttons ("Good · 3d"). */
	intervals(now: number): Record<Grade, string> | null {
		const card = this.#card;
		if (!card) return null;
		const next = preview(card, now, schedulerSettingsOf(this.#settings));
		return { 1: next[1].interval, 2: next[2].interval, 3: next[3].interval, 4: next[4].interval };
	}

	/** How long until the card is due, once scheduled ("3d"). */
	dueIn(now: number): string | null {
		return this.#card && this.#scheduled !== null ? formatInterval(this.#card.due - now) : null;
	}

	/** Records the solve as the card's first review. Example: `await s.schedule(3, { at, durationMs: 90_000, mode: 'sql', solved: true })`. */
	async schedule(grade: Grade, { at, durationMs, mode, solved }: { at: number; durationMs: number; mode: string; solved: boolean }): Promise<void> {
		const card = this.#card;
		if (!card || this.#saving || this.#scheduled !== null || card.phase !== 'new') return;
		this.#saving = true;
		this.#error = null;
		const cardAfter: CardRecord = { ...card, ...schedule(card, grade, at, schedulerSettingsOf(this.#settings)) };
		try {
			await recordAnswer(this.#db, {
				cardAfter,
				review: { cardId: card.id, itemId: card.itemId, grade, reviewedAt: at, phaseBefore: card.phase, durationMs, score: solved ? 1 : 0, mode }
			});
			this.#card = cardAfter;
			this.#scheduled = grade;
		} catch (error) {
			this.#error = userMessage(error);
		} finally {
			this.#saving = false;
		}
	}
}
