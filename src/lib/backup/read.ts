// From a file the user picked to parsed JSON, refusing early and cheaply whatever cannot be a backup:
// the size is checked before a byte is read, the first bytes before the rest is decoded.
import { BackupError, megabytes } from './errors';
import { BACKUP_FORMAT, MAX_FILE_BYTES, MAX_JSON_BYTES } from './format';
import { looksZipped, unzipBackup } from './zip';

export interface ReadOptions {
	maxFileBytes?: number;
	maxJsonBytes?: number;
}

/** The parsed JSON of a backup file (plain or zipped), not yet validated. */
export async function readBackupFile(file: Blob, options: ReadOptions = {}): Promise<unknown> {
	const maxFile = options.maxFileBytes ?? MAX_FILE_BYTES;
	if (file.size === 0) throw new BackupError('empty', 'The file is empty: there is nothing in it to import.');
	if (file.size > maxFile)
		throw new BackupError(
			'too-large',
			`The file is ${megabytes(file.size)}; a Rehearse backup is never more than ${megabytes(maxFile)}, so it was not read.`
		);

	const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
	let bytes: Uint8Array;
	if (looksZipped(head)) {
		bytes = unzipBackup(new Uint8Array(await file.arrayBuffer()), options.maxJsonBytes ?? MAX_JSON_BYTES);
	} else if (startsLikeJson(head)) {
		bytes = new Uint8Array(await file.arrayBuffer());
	} else {
		throw new BackupError('not-a-backup', 'This is not a Rehearse backup: it is neither a backup file (JSON) nor a zipped one.');
	}
	return parseJson(bytes);
}

/** A JSON object starts with `{`, after optional whitespace or a UTF-8 byte-order mark. */
function startsLikeJson(head: Uint8Array): boolean {
	for (let i = 0; i < head.length; i++) {
		const b = head[i];
		if (b === 0x7b) return true;
		const bom = i < 3 && (b === 0xef || b === 0xbb || b === 0xbf);
		if (!(b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || bom)) return false;
	}
	return head.length > 0 && head.length < 4 ? false : true;
}

function parseJson(bytes: Uint8Array): unknown {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		throw new BackupError('damaged', 'The file is damaged: it is not valid UTF-8 text, which every Rehearse backup is.');
	}
	try {
		return JSON.parse(text);
	} catch (error) {
		throw describeParseFailure(text, error);
	}
}

/**
 * Tells a backup cut off part-way (an interrupted download or copy) from one damaged in the middle,
 * and both from a file that was never a backup.
 */
function describeParseFailure(text: string, error: unknown): BackupError {
	const message = error instanceof Error ? error.message : '';
	const isBackup = text.slice(0, 400).includes(`"${BACKUP_FORMAT}"`);
	const position = /position (\d+)/.exec(message);
	const at = position ? Number(position[1]) : null;
	const atEnd = /end of (JSON )?input|Unterminated/i.test(message) || (at !== null && at >= text.trimEnd().length - 1);
	if (atEnd)
		return new BackupError(
			'truncated',
			isBackup
				? 'The backup is incomplete: the file ends part-way through. It was probably cut off while downloading or copying; export it again.'
				: 'The file ends part-way through its data: it is incomplete, and not a backup Rehearse can read.'
		);
	if (!isBackup) return new BackupError('not-a-backup', 'This is not a Rehearse backup: the file is not valid JSON.');
	const where = at !== null ? ` near character ${at.toLocaleString('en')}` : '';
	return new BackupError('damaged', `The backup is damaged: it stops being valid JSON${where}. Nothing was imported.`);
}
