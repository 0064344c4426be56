// A mock interview: one prompt, the framework's phases run against their time budgets, notes per
// phase, then a self-review whose misses feed the matching scripts back into review. The clock is
// injected so tests (and Playwright's fake clock) can run a 20-minute round in milliseconds.
import type { SequenceStep } from '$lib/model';
import { now as realNow } from '$lib/clock';
import { MOCK_CHECKLIST, type ChecklistItem, type MockPrompt } from './mock-prompts';

/** `ready`: the prompt is chosen and the phases shown, but the clock waits for Start. */
export type MockStage = 'ready' | 'running' | 'review' | 'finished';

export interface MockPhase {
	/** 1-based, as scripts number their phase. */
	number: number;
	name: string;
	goal: string;
	minutes: SequenceStep['minutes'];
	/** The budget the countdown runs against: the top of the step's range. */
	budgetMs: number;
}

/** Untimed steps still get a countdown, so the round keeps moving. */
const DEFAULT_BUDGET_MIN = 3;

export class MockSession {
	stage = $state<MockStage>('ready');
	phaseIndex = $state(0);
	/** The clock's reading at the last tick; the countdown derives from it. */
	at = $state(0);
	/** Notes typed per phase. */
	notes = $state<string[]>([]);
	/** Time spent per finished phase, ms. */
	spentMs = $state<number[]>([]);
	/** Self-review answers by checklist id: true = done, false = missed. */
	answers = $state<Record<string, boolean>>({});

	readonly prompt: MockPrompt;
	readonly phases: MockPhase[];
	readonly checklist: readonly ChecklistItem[];
	#clock: () => number;
	#phaseStartedAt: number;

	constructor(prompt: MockPrompt, steps: readonly SequenceStep[], clock: () => number = realNow, checklist = MOCK_CHECKLIST) {
		this.prompt = prompt;
		this.#clock = clock;
		this.checklist = checklist;
		this.phases = steps.map((step, index) => ({
			number: index + 1,
			name: step.name,
			goal: step.goal,
			minutes: step.minutes,
			budgetMs: (step.minutes?.max ?? DEFAULT_BUDGET_MIN) * 60_000
		}));
		this.notes = steps.map(() => '');
		this.at = clock();
		this.#phaseStartedAt = this.at;
	}

	/** Starts the clock on the first phase: choosing a prompt must not (the user may still be reading it). */
	start(): void {
		if (this.stage !== 'ready') return;
		this.at = this.#clock();
		this.#phaseStartedAt = this.at;
		this.stage = 'running';
	}

	/** A round is under way: leaving now would lose its notes and timings. */
	get inProgress(): boolean {
		return this.stage === 'running' || this.stage === 'review';
	}

	get phase(): MockPhase | null {
		return this.stage === 'running' ? (this.phases[this.phaseIndex] ?? null) : null;
	}

	get isLastPhase(): boolean {
		return this.phaseIndex === this.phases.length - 1;
	}

	/** Time in the current phase. */
	get elapsedMs(): number {
		return Math.max(0, this.at - this.#phaseStartedAt);
	}

	/** Budget left in the current phase; negative once over. */
	get remainingMs(): number {
		return (this.phase?.budgetMs ?? 0) - this.elapsedMs;
	}

	get overtime(): boolean {
		return this.stage === 'running' && this.remainingMs < 0;
	}

	get totalSpentMs(): number {
		return this.spentMs.reduce((sum, ms) => sum + ms, 0);
	}

	/** Reads the clock; the page calls this on an interval. */
	tick(): void {
		this.at = this.#clock();
	}

	setNote(text: string): void {
		if (this.stage === 'running') this.notes[this.phaseIndex] = text;
	}

	/** Closes the current phase; after the last one the self-review starts. */
	next(): void {
		if (this.stage !== 'running') return;
		this.tick();
		this.spentMs = [...this.spentMs, this.elapsedMs];
		if (this.isLastPhase) {
			this.stage = 'review';
			return;
		}
		this.phaseIndex++;
		this.#phaseStartedAt = this.at;
	}

	/** Ends early: phases not reached count as missed in spirit, so they go to review too. */
	finishEarly(): void {
		while (this.stage === 'running') this.next();
	}

	answer(id: string, done: boolean): void {
		if (this.stage === 'review') this.answers[id] = done;
	}

	/** Every checklist item answered: the review can be submitted. */
	get reviewComplete(): boolean {
		return this.checklist.every((item) => item.id in this.answers);
	}

	get missed(): ChecklistItem[] {
		return this.checklist.filter((item) => this.answers[item.id] === false);
	}

	/** Phases whose scripts need practice, ascending and without repeats. */
	get missedPhases(): number[] {
		return [...new Set(this.missed.map((item) => item.phase))].sort((a, b) => a - b);
	}

	finish(): void {
		if (this.stage === 'review' && this.reviewComplete) this.stage = 'finished';
	}
}

/** "4:05", or "+1:20" once over budget. */
export function formatCountdown(ms: number): string {
	const over = ms < 0;
	// Counting down rounds up (a second left shows 0:01), counting overtime rounds down.
	const seconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
	const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
	return over ? `+${text}` : text;
}
