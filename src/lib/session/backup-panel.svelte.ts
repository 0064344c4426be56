// The state behind Settings → Backup: a file kept ready to export, and the import steps
// (pick → check → choose Replace or Merge → result).
import { backupStatus, getMeta, loadSettings, recordBackupMade, userMessage, type BackupStatus, type RehearseDb } from '$lib/db';
import { applyBackup, exportBackup, type ImportMode } from '$lib/db/backup';
import { now } from '$lib/clock';
import { app } from './app.svelte';
import { historyGuard } from './history-guard.svelte';
export { backupAge } from '$lib/backup';
import { isBackupError, openBackup, reportLines, summarise, summaryLines, type ExportedBackup, type ValidBackup } from '$lib/backup';

export interface Notice {
	tone: 'ok' | 'error';
	text: string;
	details?: readonly string[];
}

/**
 * Prepares a backup file when the user asks for one, then lets Export hand it to the share sheet
 * straight from a second tap: `navigator.share` needs a fresh user activation, which the reading
 * of a long history before it would use up. Preparing only on request keeps that reading (a few
 * hundred ms with 100,000 reviews) off a visit to Settings that is about something else.
 */
export class BackupExporter {
	zip = $state(false);
	status = $state.raw<BackupStatus | null>(null);
	/** Whether the user asked for the file (it is then kept up to date). */
	requested = $state(false);
	ready = $state.raw<{ file: File; exported: ExportedBackup } | null>(null);
	notice = $state.raw<Notice | null>(null);
	#db: RehearseDb;

	constructor(db: RehearseDb) {
		this.#db = db;
	}

	/** Reads the status, and prepares the file again if it was asked for (after an import, or when the zip choice changes). */
	async refresh(): Promise<void> {
		this.ready = null;
		try {
			this.status = await backupStatus(this.#db);
		} catch (error) {
			this.notice = { tone: 'error', text: userMessage(error) };
			return;
		}
		if (this.requested) await this.prepare();
	}

	/** "Prepare backup": reads the history into a file, ready to export. */
	async prepare(): Promise<void> {
		this.requested = true;
		this.ready = null;
		this.notice = null;
		try {
			const exported = await exportBackup(this.#db, now(), { zip: this.zip });
			this.ready = { exported, file: new File([exported.blob], exported.name, { type: exported.blob.type }) };
		} catch (error) {
			this.notice = { tone: 'error', text: userMessage(error) };
			this.requested = false;
		}
	}

	/** The share sheet, on phones that can share files; elsewhere a download is better. */
	get canShare(): boolean {
		const ready = this.ready;
		if (!ready || typeof navigator.canShare !== 'function') return false;
		return matchMedia('(pointer: coarse)').matches && navigator.canShare({ files: [ready.file] });
	}

	/** Must be called straight from the click: no await may come before navigator.share. */
	share(): void {
		const ready = this.ready;
		if (!ready) return;
		navigator.share({ files: [ready.file], title: 'Rehearse backup' }).then(
			() => this.#saved(ready.exported),
			(error: unknown) => {
				// Closing the share sheet is a choice, not a failure.
				if ((error as Error)?.name !== 'AbortError') this.notice = { tone: 'error', text: `Sharing failed (${(error as Error)?.name}); try Download instead.` };
			}
		);
	}

	download(): void {
		const ready = this.ready;
		if (!ready) return;
		const url = URL.createObjectURL(ready.file);
		const link = document.createElement('a');
		link.href = url;
		link.download = ready.file.name;
		link.click();
		// Revoked later: the browser reads the URL after click() returns.
		setTimeout(() => URL.revokeObjectURL(url), 60_000);
		void this.#saved(ready.exported);
	}

	async #saved(exported: ExportedBackup): Promise<void> {
		try {
			await recordBackupMade(this.#db, exported);
			this.status = await backupStatus(this.#db);
			this.notice = { tone: 'ok', text: `Backup saved: ${exported.name} (${exported.reviewCount.toLocaleString('en')} reviews).` };
		} catch (error) {
			this.notice = { tone: 'error', text: userMessage(error) };
		}
	}
}

export type ImportStep = 'pick' | 'checking' | 'choose' | 'importing';

export class BackupImporter {
	step = $state<ImportStep>('pick');
	/** What the picked file holds, as sentences. */
	summary = $state.raw<string[]>([]);
	fileName = $state('');
	mode = $state<ImportMode>('merge');
	notice = $state.raw<Notice | null>(null);
	#backup: ValidBackup | null = null;
	#db: () => RehearseDb;
	#onImported: () => void;

	/** `db` is a getter, so a component can pass its prop through without capturing it. */
	constructor(db: () => RehearseDb, onImported: () => void) {
		this.#db = db;
		this.#onImported = onImported;
	}

	async check(file: File): Promise<void> {
		this.step = 'checking';
		this.notice = null;
		this.fileName = file.name;
		try {
			this.#backup = await openBackup(file);
			this.summary = summaryLines(summarise(this.#backup, (await getMeta(this.#db(), 'contentHash')) ?? null));
			this.step = 'choose';
		} catch (error) {
			this.#fail(error);
		}
	}

	async run(): Promise<void> {
		if (!this.#backup) return;
		this.step = 'importing';
		try {
			const report = await applyBackup(this.#db(), this.#backup, this.mode, now());
			app.settings = await loadSettings(this.#db());
			void historyGuard.refresh();
			this.notice = { tone: 'ok', text: reportLines(report).join(' ') };
			this.#reset();
			this.#onImported();
		} catch (error) {
			this.#fail(error);
		}
	}

	cancel(): void {
		this.notice = null;
		this.#reset();
	}

	#reset(): void {
		this.#backup = null;
		this.summary = [];
		this.step = 'pick';
	}

	#fail(error: unknown): void {
		this.notice = isBackupError(error)
			? { tone: 'error', text: error.message, details: error.details.length > 1 ? error.details.slice(0, 8) : undefined }
			: { tone: 'error', text: userMessage(error) };
		this.#reset();
	}
}
