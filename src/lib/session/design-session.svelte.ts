// One design scenario open at /design/<slug>: its runnable parts and the user's progress through it
// (sections read, queries run), saved as it happens.
import { addDesignProgress, designProgress, learnedCardCounts, scenarioBySlug, type DesignProgress, type RehearseDb, type ScenarioRecord } from '$lib/db';
import { scenarioProgress, type ScenarioProgress } from '$lib/design/progress';
import type { Dialect } from '$lib/model';
import { BreakItRun, QueryRun, ScenarioDataset, WorkedExampleRun } from './design-runs.svelte';
import { describeError } from './errors';

/** Sections scrolled past in quick succession are saved together. */
const SAVE_DELAY_MS = 300;

export class ScenarioSession {
	progress = $state.raw<DesignProgress>({ sectionsRead: [], queriesRun: [] });
	cardsLearned = $state(0);
	/** A failure to save progress; the page keeps working. */
	error = $state<string | null>(null);

	readonly item: ScenarioRecord;
	/** The scenario's dataset on the engine of the user's dialect. */
	readonly dataset: ScenarioDataset;
	readonly queries: QueryRun[];
	readonly workedExample: WorkedExampleRun;
	readonly breakIts: BreakItRun[];
	#db: RehearseDb;
	#pending: { sectionsRead: Set<string>; queriesRun: Set<string> } = { sectionsRead: new Set(), queriesRun: new Set() };
	#timer: ReturnType<typeof setTimeout> | null = null;

	private constructor(db: RehearseDb, item: ScenarioRecord, dialect: Dialect, progress: DesignProgress, cardsLearned: number) {
		this.#db = db;
		this.item = item;
		this.progress = progress;
		this.cardsLearned = cardsLearned;
		this.dataset = new ScenarioDataset(item.dataset, dialect);
		this.queries = item.queries.map((query) => new QueryRun(this.dataset, query, (id) => this.markQueryRun(id)));
		this.workedExample = new WorkedExampleRun(this.dataset, item.workedExample);
		this.breakIts = item.breakIts.map((breakIt) => new BreakItRun(this.dataset, breakIt));
	}

	/** The scenario with this slug and the progress saved for it; null when there is none. */
	static async open(db: RehearseDb, slug: string, dialect: Dialect): Promise<ScenarioSession | null> {
		const item = await scenarioBySlug(db, slug);
		if (!item) return null;
		const [progress, learned] = await Promise.all([designProgress(db, slug), learnedCardCounts(db, [item])]);
		return new ScenarioSession(db, item, dialect, progress, learned.get(item.id) ?? 0);
	}

	/** Counts for the progress meters. */
	get summary(): ScenarioProgress {
		return scenarioProgress(this.item, this.progress, this.cardsLearned);
	}

	isRead(sectionId: string): boolean {
		return this.progress.sectionsRead.includes(sectionId);
	}

	markRead(sectionId: string): void {
		if (this.isRead(sectionId)) return;
		this.#pending.sectionsRead.add(sectionId);
		this.#schedule();
	}

	markQueryRun(queryId: string): void {
		if (this.progress.queriesRun.includes(queryId)) return;
		this.#pending.queriesRun.add(queryId);
		this.#schedule();
	}

	#schedule(): void {
		// Show it at once; the write follows shortly, batched.
		this.progress = {
			sectionsRead: [...new Set([...this.progress.sectionsRead, ...this.#pending.sectionsRead])],
			queriesRun: [...new Set([...this.progress.queriesRun, ...this.#pending.queriesRun])]
		};
		this.#timer ??= setTimeout(() => void this.flush(), SAVE_DELAY_MS);
	}

	/** Saves pending progress now (also on leaving the page). */
	async flush(): Promise<void> {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		const add = { sectionsRead: [...this.#pending.sectionsRead], queriesRun: [...this.#pending.queriesRun] };
		if (!add.sectionsRead.length && !add.queriesRun.length) return;
		this.#pending = { sectionsRead: new Set(), queriesRun: new Set() };
		try {
			await addDesignProgress(this.#db, this.item.slug, add);
		} catch (error) {
			this.error = describeError(error);
		}
	}
}
