// The state behind Settings' panels that read or write the user's data, each built for the open
// database. The interviews and the review count are read before the page shows (a failure is the
// error page's, with its Retry); the backup file is prepared once its panel is scrolled near.
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

export async function openSettingsPanels(db: RehearseDb, settings: () => Settings): Promise<SettingsPanels> {
	const backup = new BackupExporter(db);
	const [interviews, fitter] = await Promise.all([InterviewsEditor.open(db, settings), WeightsFitter.open(db)]);
	return {
		backup,
		// An import changes what the next export holds: the file is prepared again.
		backupImport: new BackupImporter(
			() => db,
			() => void backup.refresh()
		),
		integrity: new IntegrityCheck(db, settings),
		interviews,
		fitter,
		csvImport: new CsvImportSession(
			db,
			decks.map((deck) => deck.id),
			now
		)
	};
}
