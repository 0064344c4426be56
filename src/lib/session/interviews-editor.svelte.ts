// The state behind Settings → Interviews: the dates the user is preparing for, the sets they may
// cover, and which one is being edited or deleted.
import { deleteInterview, InterviewError, listInterviews, saveInterview, type InterviewRecord, type RehearseDb, type SetRecord } from '$lib/db';
import { listSets } from '$lib/db/sets';
import type { Settings } from '$lib/model';
import { now } from '$lib/clock';
import { studyDayOf, type InterviewDraft, type InterviewProblems } from '$lib/srs';
import { reportError } from './report-error';

export class InterviewsEditor {
	#db: RehearseDb;
	#settings: () => Settings;
	#interviews = $state.raw<InterviewRecord[]>([]);
	#sets = $state.raw<SetRecord[]>([]);
	#editing = $state<string | 'new' | null>(null);
	#confirmingDelete = $state<string | null>(null);
	#error = $state<string | null>(null);
	#status = $state<string | null>(null);

	private constructor(db: RehearseDb, settings: () => Settings) {
		this.#db = db;
		this.#settings = settings;
	}

	/** Reads the interviews and sets; a failure is the screen's to show. */
	static async open(db: RehearseDb, settings: () => Settings): Promise<InterviewsEditor> {
		const editor = new InterviewsEditor(db, settings);
		await editor.#read();
		return editor;
	}

	get interviews(): InterviewRecord[] {
		return this.#interviews;
	}

	get sets(): SetRecord[] {
		return this.#sets;
	}

	/** The interview being edited, 'new' while adding one, or null. */
	get editing(): string | 'new' | null {
		return this.#editing;
	}

	/** The interview whose Delete waits for a second tap. */
	get confirmingDelete(): string | null {
		return this.#confirmingDelete;
	}

	get error(): string | null {
		return this.#error;
	}

	/** What the last save or delete did. */
	get status(): string | null {
		return this.#status;
	}

	/** Today's study day, `YYYY-MM-DD`: earlier interview dates are past. */
	get today(): string {
		return studyDayOf(now(), this.#settings().dayStartHour);
	}

	async #read(): Promise<void> {
		[this.#interviews, this.#sets] = await Promise.all([listInterviews(this.#db), listSets(this.#db)]);
	}

	/** Reads the list again after a change. */
	async refresh(): Promise<void> {
		try {
			await this.#read();
		} catch (error) {
			this.#error = reportError(error, 'load');
		}
	}

	/** Opens the form: for an interview by id, or 'new'. */
	edit(which: string | 'new'): void {
		this.#editing = which;
		this.#status = null;
	}

	cancelEdit(): void {
		this.#editing = null;
	}

	askToDelete(id: string | null): void {
		this.#confirmingDelete = id;
	}

	/** Saves a draft (a new interview without an id); the form shows the problems returned. */
	async save(draft: InterviewDraft, id?: string): Promise<InterviewProblems> {
		this.#error = null;
		try {
			const saved = await saveInterview(this.#db, draft, { id, now: now() });
			this.#status = `Saved ${saved.name}.`;
			this.#editing = null;
			await this.refresh();
			return {};
		} catch (error) {
			if (error instanceof InterviewError) return error.problems;
			this.#error = reportError(error, 'save');
			return {};
		}
	}

	async remove(interview: InterviewRecord): Promise<void> {
		this.#error = null;
		try {
			await deleteInterview(this.#db, interview.id);
			this.#status = `Deleted ${interview.name}.`;
			this.#confirmingDelete = null;
			await this.refresh();
		} catch (error) {
			this.#error = reportError(error, 'save');
		}
	}
}
