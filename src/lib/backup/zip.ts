// Zipped backups: one JSON entry in a zip. Unzipping is guarded, because a zip can claim anything:
// the compressed bytes are fed in small chunks and inflation stops the moment the output passes the
// cap, so a "zip bomb" costs at most one chunk's worth of memory over it.
import { Unzip, UnzipInflate, strToU8, zipSync, type UnzipFile } from 'fflate';
import { BackupError, megabytes } from './errors';
import { MAX_JSON_BYTES, ZIPPED_ENTRY_NAME } from './format';

/** 16 KB of compressed input inflates to at most ~16 MB (deflate's ratio tops out near 1:1032). */
const CHUNK = 16 * 1024;

export function zipBackup(json: string): Uint8Array<ArrayBuffer> {
	return zipSync({ [ZIPPED_ENTRY_NAME]: [strToU8(json), { level: 6 }] }) as Uint8Array<ArrayBuffer>;
}

export function looksZipped(head: Uint8Array): boolean {
	return head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** The backup JSON inside a zip, as bytes. Throws BackupError for anything but one sane JSON entry. */
export function unzipBackup(zip: Uint8Array, maxBytes = MAX_JSON_BYTES): Uint8Array {
	const parts: Uint8Array[] = [];
	let size = 0;
	let found: UnzipFile | null = null;
	let failure: BackupError | null = null;
	let finished = false;
	let entries = 0;

	const unzip = new Unzip((file) => {
		entries++;
		// Only the backup entry (or, failing that, the first .json) is ever inflated.
		if (found || !(file.name === ZIPPED_ENTRY_NAME || /\.json$/i.test(file.name))) return;
		found = file;
		if (file.compression !== 0 && file.compression !== 8) {
			failure = new BackupError('damaged', 'The zip uses a kind of compression Rehearse cannot read; export the backup again.');
			return;
		}
		if (file.originalSize !== undefined && file.originalSize > maxBytes) {
			failure = tooBig(maxBytes);
			return;
		}
		file.ondata = (error, chunk, final) => {
			if (failure) return;
			if (error) {
				failure = damaged();
				return;
			}
			size += chunk.length;
			if (size > maxBytes) {
				failure = tooBig(maxBytes);
				file.terminate();
				return;
			}
			parts.push(chunk);
			if (final) finished = true;
		};
		file.start();
	});
	unzip.register(UnzipInflate);

	try {
		for (let at = 0; at < zip.length && !failure; at += CHUNK) {
			const end = Math.min(at + CHUNK, zip.length);
			unzip.push(zip.subarray(at, end), end === zip.length);
		}
	} catch {
		throw failure ?? damaged();
	}
	if (failure) throw failure;
	if (entries === 0) throw damaged();
	if (!found) throw new BackupError('not-a-backup', `The zip holds no Rehearse backup (expected a file named ${ZIPPED_ENTRY_NAME}).`);
	if (!finished) throw damaged();

	const out = new Uint8Array(size);
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

function damaged(): BackupError {
	return new BackupError('damaged', 'The zip file is damaged or incomplete: it could not be unpacked.');
}

function tooBig(maxBytes: number): BackupError {
	return new BackupError(
		'too-large',
		`The zip unpacks to more than ${megabytes(maxBytes)}, far more than any Rehearse backup: it was refused without unpacking it.`
	);
}
