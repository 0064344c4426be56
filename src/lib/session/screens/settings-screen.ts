// The state behind Settings' panels that read or write the user's data, each built for the open
// database; a panel reads nothing until it is shown (or scrolled near, for the backup file).
import type { RehearseDb } from '$lib/db';
import type { Settings } from '$lib/model';
import { CsvImportSession } from '$lib/interop/csv-import-session.svelte';
import { now } from '$lib/clock';
import { BackupExporter, BackupImporter } from '../backup-panel.svelte';
import { decks } from '../decks';
import { IntegrityCheck } from '../integrity-check.svelte';
import { InterviewsEditor } from '../interviews-editor.svelte';
import { WeightsFitter } from '../weights-fitter.svelte';

export interface SettingsPanels {
	backup: BackupExporter;
	backupImport: BackupImporter;
	integrity: IntegrityCheck;
	interviews: InterviewsEditor;
	fitter: WeightsFitter;
	csvImport: CsvImportSession;
}

export function settingsPanels(db: RehearseDb, settings: () => Settings): SettingsPanels {
	const backup = new BackupExporter(db);
	return {
		backup,
		// An import changes what the next export holds: the file is prepared again.
		backupImport: new BackupImporter(
			() => db,
			() => void backup.refresh()
		),
		integrity: new IntegrityCheck(db, settings),
		interviews: new InterviewsEditor(db, settings),
		fitter: new WeightsFitter(db),
		csvImport: new CsvImportSession(
			db,
			decks.map((deck) => deck.id),
			now
		)
	};
}
