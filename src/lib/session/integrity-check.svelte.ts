// The state behind Settings → Check data: a check that counts broken rows, and a repair that fixes
// them and checks again, so the user sees the repair held.
import type { RehearseDb } from '$lib/db';
import type { Settings } from '$lib/model';
import { checkIntegrity, repairIntegrity, type IntegrityReport } from '$lib/db/integrity';
import { now } from '$lib/clock';
import { reportError } from './report-error';

export type IntegrityTask = 'check' | 'repair';

export class IntegrityCheck {
	#db: RehearseDb;
	#settings: () => Settings;
	#busy = $state<IntegrityTask | null>(null);
	#checked = $state.raw<IntegrityReport | null>(null);
	#repaired = $state.raw<{ report: IntegrityReport; recheck: IntegrityReport } | null>(null);
	#error = $state<string | null>(null);

	constructor(db: RehearseDb, settings: () => Settings) {
		this.#db = db;
		this.#settings = settings;
	}

	get busy(): IntegrityTask | null {
		return this.#busy;
	}

	/** The last check's report; null after a repair. */
	get checked(): IntegrityReport | null {
		return this.#checked;
	}

	/** The last repair and the check run after it. */
	get repaired(): { report: IntegrityReport; recheck: IntegrityReport } | null {
		return this.#repaired;
	}

	get error(): string | null {
		return this.#error;
	}

	async run(task: IntegrityTask): Promise<void> {
		this.#busy = task;
		this.#error = null;
		try {
			if (task === 'check') {
				this.#repaired = null;
				this.#checked = await checkIntegrity(this.#db, this.#settings(), now());
			} else {
				const report = await repairIntegrity(this.#db, this.#settings(), now());
				this.#repaired = { report, recheck: await checkIntegrity(this.#db, this.#settings(), now()) };
				this.#checked = null;
			}
		} catch (error) {
			this.#error = reportError(error, task === 'check' ? 'load' : 'save');
		} finally {
			this.#busy = null;
		}
	}
}
