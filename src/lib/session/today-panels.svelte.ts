// The state behind Today's two small panels, each read after the counts so it never holds them up:
// the reminder to back up, and how ready the user is for each upcoming interview.
import { backupStatus, dismissBackupNudge, interviewOverview, storageMessage, type BackupStatus, type InterviewStatus, type RehearseDb } from '$lib/db';
// By path: the backup module's index reaches its validator, which Today must not load.
import { backupAge, shouldNudge } from '$lib/backup/nudge';
import { now } from '$lib/clock';

export type { InterviewStatus };
/** "3 days ago": how long since a backup. */
export { backupAge };

/** A week since the last backup, with history no backup holds yet. Dismissing it keeps it away for a day. */
export class BackupReminder {
	#db: RehearseDb;
	#status = $state.raw<BackupStatus | null>(null);

	private constructor(db: RehearseDb) {
		this.#db = db;
	}

	/** Starts reading the backup status; the reminder shows once it is read, if it should. */
	static open(db: RehearseDb): BackupReminder {
		const reminder = new BackupReminder(db);
		// A reminder that cannot be worked out is simply not shown: nothing the user asked for failed.
		backupStatus(db).then((status) => (reminder.#status = status), () => undefined);
		return reminder;
	}

	/** The status, while the reminder is to be shown; null otherwise. */
	get due(): BackupStatus | null {
		const status = this.#status;
		return status !== null && shouldNudge(status, now()) ? status : null;
	}

	async dismiss(): Promise<void> {
		this.#status = null;
		await dismissBackupNudge(this.#db, now()).catch(() => undefined);
	}
}

/** One line per upcoming interview: how ready the user is, and what came forward today. */
export class InterviewReadiness {
	#statuses = $state.raw<InterviewStatus[]>([]);
	#error = $state<string | null>(null);

	static open(db: RehearseDb): InterviewReadiness {
		const readiness = new InterviewReadiness();
		interviewOverview(db, now()).then(
			(loaded) => (readiness.#statuses = loaded),
			(error: unknown) => (readiness.#error = storageMessage(error) ?? String(error))
		);
		return readiness;
	}

	get statuses(): InterviewStatus[] {
		return this.#statuses;
	}

	get error(): string | null {
		return this.#error;
	}
}
