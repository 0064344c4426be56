// The state behind /review: the session the address asks for (today's queue, a saved set, or more
// new cards), the drill each card opens in, and what happens on its own: a solved drill reveals the
// grades, the next cards' engines warm up, a waiting learning card is checked again when it comes
// due, and the end of today's review reads what to offer next. The page only composes components.
import type { RehearseDb } from '$lib/db';
import type { Grade, Settings } from '$lib/model';
import { untrack } from 'svelte';
import { now } from '$lib/clock';
import { requestPersistence } from '$lib/pwa/storage';
import { app } from '../app.svelte';
import { DrillSession, isDrillItem } from '../drill-session.svelte';
import { loadNextSteps, type NextSteps } from '../next-steps';
import { openCardDrill, type AnyCardDrill } from '../open-card-drill';
import { PREWARM_LOOKAHEAD, prewarmFor } from '../prewarm';
import { reportError } from '../report-error';
import { ReviewSession } from '../review-session.svelte';
import { isTypingTarget, reviewKeyAction } from '../review-keys';
import type { OpenedStudy, StudyBlocked, StudyScope } from '../set-study';
import { MORE_NEW_PARAM } from '../study-params';

/** What the card on screen counts as in the header's new / learning / review numbers. */
export type CardBucket = 'new' | 'learning' | 'review';

export class ReviewScreen {
	#db: RehearseDb;
	#settings: () => Settings;
	#session: ReviewSession | null;
	#scope: StudyScope | null;
	#blocked: StudyBlocked | null;
	#nextSteps = $state.raw<NextSteps | null>(null);
	#drill = $state.raw<DrillSession | null>(null);
	#cardDrill = $state.raw<AnyCardDrill | null>(null);
	#keyPressed = $state(false);
	#askedForPersistence = false;

	private constructor(db: RehearseDb, settings: () => Settings, opened: OpenedStudy) {
		this.#db = db;
		this.#settings = settings;
		this.#session = opened.kind === 'ready' ? opened.session : null;
		this.#scope = opened.kind === 'ready' ? opened.scope : null;
		this.#blocked = opened.kind === 'blocked' ? opened.blocked : null;
	}

	/**
	 * Opens the session the address asks for. Set study (and the bank's filter code it needs) loads
	 * only when asked for, keeping the daily review's JS small.
	 */
	static async open(db: RehearseDb, settings: () => Settings, params: URLSearchParams): Promise<ReviewScreen> {
		const opened: OpenedStudy =
			params.has('set') || params.has(MORE_NEW_PARAM)
				? await import('../set-study').then(({ openStudy }) => openStudy(db, settings(), params, now()))
				: { kind: 'ready', session: await ReviewSession.start(db, settings()), scope: null };
		return new ReviewScreen(db, settings, opened);
	}

	/** Null when the study cannot start; `blocked` says why. */
	get session(): ReviewSession | null {
		return this.#session;
	}

	/** Custom study of a saved set (from /study/<id>); null for today's normal review. */
	get scope(): StudyScope | null {
		return this.#scope;
	}

	/** Why a set cannot be studied (a bad link, a deleted or empty set), with where to go instead. */
	get blocked(): StudyBlocked | null {
		return this.#blocked;
	}

	get exitHref(): string {
		return this.#scope?.exitHref ?? '/';
	}

	/** What the end of today's review offers next, once read. */
	get nextSteps(): NextSteps | null {
		return this.#nextSteps;
	}

	/** The editor drill of a SQL, schema or Python card. */
	get drill(): DrillSession | null {
		return this.#drill;
	}

	/** The on-card drill of a script, a table's grid or a sequence's order. */
	get cardDrill(): AnyCardDrill | null {
		return this.#cardDrill;
	}

	get bucket(): CardBucket | null {
		const phase = this.#session?.current?.phase;
		return phase === undefined ? null : phase === 'new' ? 'new' : phase === 'review' ? 'review' : 'learning';
	}

	get suggestedGrade(): Grade | null {
		return this.#drill?.suggestedGrade ?? this.#cardDrill?.suggestedGrade ?? null;
	}

	/** A key was pressed here: this device has a keyboard, so the shortcuts hint may show. */
	get keyPressed(): boolean {
		return this.#keyPressed;
	}

	/**
	 * Starts what runs on its own while the screen is shown; the returned function stops it.
	 * Call from an effect of the page, so a new screen (a new address) replaces the old one's.
	 */
	attach(): () => void {
		app.reviewing = true;
		const stop = $effect.root(() => {
			const session = this.#session;
			if (!session) return;
			this.#watchEnd(session);
			this.#watchWaitingCard(session);
			this.#watchDrills(session);
		});
		return () => {
			stop();
			app.reviewing = false;
		};
	}

	reveal(): void {
		const session = this.#session;
		if (!session) return;
		this.#drill?.showSolution();
		if (this.#cardDrill?.kind === 'script') this.#cardDrill.show();
		session.reveal();
	}

	async grade(value: Grade): Promise<void> {
		const session = this.#session;
		if (!session) return;
		const item = session.item;
		const drill = this.#drill;
		if (drill && item && isDrillItem(item)) {
			await drill.flush();
			await session.answer(value, { mode: item.kind, score: drill.solved ? 1 : 0 });
		} else {
			await session.answer(value, this.#cardDrill?.answerExtra ?? {});
		}
		if (!this.#askedForPersistence && session.summary.answered > 0) {
			this.#askedForPersistence = true;
			void requestPersistence();
		}
	}

	undo(): void {
		void this.#session?.undo();
	}

	suspend(): void {
		void this.#session?.suspend();
	}

	bury(): void {
		void this.#session?.bury();
	}

	/** The review keys: Space/Enter reveal, then 1-4 grade; `u` undoes. Never while an answer saves. */
	handleKey(event: KeyboardEvent): void {
		const session = this.#session;
		if (!session || session.saving || event.repeat) return;
		// Keys inside the card menu work its buttons and links; they never grade the card behind it.
		if ((event.target as Element | null)?.closest?.('[data-card-menu]')) return;
		const action = reviewKeyAction(event, session.revealed);
		if (action || (event.key === 'Tab' && !isTypingTarget(event.target))) this.#keyPressed = true;
		if (!action) return;
		event.preventDefault();
		if (action.type === 'reveal') this.reveal();
		else if (action.type === 'grade') void this.grade(action.grade);
		else void session.undo();
	}

	/** The end of today's review offers next steps: read once, when nothing is left to show. */
	#watchEnd(session: ReviewSession): void {
		$effect(() => {
			if (!session.finished || this.#scope) return;
			loadNextSteps(this.#db, this.#untrackedSettings(), session.extraNew, now()).then(
				(steps) => (this.#nextSteps = steps),
				(error: unknown) => void reportError(error, 'load')
			);
		});
	}

	/** While the queue waits on a learning card, check again when it comes due. */
	#watchWaitingCard(session: ReviewSession): void {
		$effect(() => {
			const at = session.nextDueAt;
			if (at == null) return;
			const timer = setTimeout(() => session.refresh(), Math.max(1000, at - now()));
			return () => clearTimeout(timer);
		});
	}

	/**
	 * Each card opens its drill; finishing one reveals the answer with a suggested grade. The mode
	 * and dialect are read once per card, so changing Settings in another tab never swaps the drill
	 * under the user's fingers.
	 *
	 * In cram too, a drill stores its checked attempts (and drafts, grid confusions): they log work
	 * actually done, feed the bank's "solved" status and drill stats, and are never read by scheduling
	 * (the queue and FSRS read only cards and reviews), so cram leaves the schedule as it was.
	 */
	#watchDrills(session: ReviewSession): void {
		// A performance mark each time a card is on screen: the benchmark times navigation → first
		// card and answer → next card from these, in the page, without polling.
		$effect(() => {
			const card = session.current;
			if (card) performance.mark('rehearse:card-shown', { detail: card.id });
		});
		$effect(() => {
			const card = session.current;
			const item = session.item;
			this.#drill = null;
			if (!card || !item || !isDrillItem(item)) return;
			let current = true;
			DrillSession.open(this.#db, item, this.#untrackedSettings().sqlDialect).then((opened) => {
				if (current) this.#drill = opened;
			});
			return () => {
				current = false;
			};
		});
		$effect(() => {
			if (this.#drill?.solved && !session.revealed) session.reveal();
		});
		$effect(() => {
			const card = session.current;
			const item = session.item;
			this.#cardDrill = card && item ? openCardDrill(this.#db, item, card.id, card.variant, this.#untrackedSettings().scriptMode, now()) : null;
		});
		$effect(() => {
			if (this.#cardDrill?.done && !session.revealed) session.reveal();
		});
		$effect(() => {
			if (session.current) prewarmFor(session.upcomingItems(PREWARM_LOOKAHEAD), this.#untrackedSettings().sqlDialect);
		});
	}

	/** The settings, read without making the effect that reads them run again when they change. */
	#untrackedSettings(): Settings {
		return untrack(this.#settings);
	}
}
