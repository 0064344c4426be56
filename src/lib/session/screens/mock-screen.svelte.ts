// The state behind /mock: the framework's phases and the scripts shown beside each, the round in
// progress, and what finishing it made due. Missed habits send their phase's scripts into review.
import { itemsByIds, itemsOfKind, makePhaseScriptsDue, type PhaseScriptsDue, type RehearseDb } from '$lib/db';
import type { ScriptItem, SequenceStep } from '$lib/model';
import { now } from '$lib/clock';
import type { MockPrompt } from '../mock-prompts';
import { MockSession } from '../mock-session.svelte';
import { reportError } from '../report-error';
import { studyHref } from '../study-params';

/** The framework a round follows (content/sequences/five-phase-modeling.md). */
const FRAMEWORK_ID = 'five-phase-modeling';

export class MockScreen {
	#db: RehearseDb;
	#steps: readonly SequenceStep[];
	#scripts: readonly ScriptItem[];
	#round = $state.raw<MockSession | null>(null);
	#madeDue = $state.raw<PhaseScriptsDue | null>(null);
	#error = $state<string | null>(null);

	private constructor(db: RehearseDb, steps: readonly SequenceStep[], scripts: readonly ScriptItem[]) {
		this.#db = db;
		this.#steps = steps;
		this.#scripts = scripts;
	}

	static async open(db: RehearseDb): Promise<MockScreen> {
		const [[framework], scripts] = await Promise.all([itemsByIds(db, [FRAMEWORK_ID]), itemsOfKind(db, 'script')]);
		return new MockScreen(db, framework?.kind === 'sequence' ? framework.steps : [], scripts);
	}

	/** The framework's phases; empty when this version of Rehearse lacks the framework. */
	get steps(): readonly SequenceStep[] {
		return this.#steps;
	}

	/** The round picked, running or finished; null before a prompt is picked. */
	get round(): MockSession | null {
		return this.#round;
	}

	get madeDue(): PhaseScriptsDue | null {
		return this.#madeDue;
	}

	get error(): string | null {
		return this.#error;
	}

	/** The scripts of the phase on the clock. */
	get phaseScripts(): readonly ScriptItem[] {
		const number = this.#round?.phase?.number;
		return number === undefined ? [] : this.#scripts.filter((script) => script.phase === number);
	}

	/** The missed scripts as a set review, so new cards come in too; today's queue when there is no set. */
	get reviewHref(): string {
		const due = this.#madeDue;
		return due?.setId ? studyHref({ setId: due.setId, mode: 'scheduled', newCards: due.unseen }) : '/review';
	}

	pick(prompt: MockPrompt): void {
		if (this.#steps.length) this.#round = new MockSession(prompt, this.#steps);
	}

	/** Ends the self-review: the missed phases' scripts become due, then the round shows as done. */
	async finish(): Promise<void> {
		const round = this.#round;
		if (!round) return;
		try {
			this.#madeDue = await makePhaseScriptsDue(this.#db, round.missedPhases, now());
			round.finish();
		} catch (error) {
			this.#error = reportError(error, 'save');
		}
	}

	/** Back to the prompts, for another round. */
	reset(): void {
		this.#round = null;
		this.#madeDue = null;
	}
}
