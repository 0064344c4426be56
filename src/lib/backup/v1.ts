// Version 1 of the backup file, as the first export wrote it, and its upgrade to version 2.
// Differences: the review log was `log` with `rating` for the grade; the time of export was an ISO
// string; the content hash sat at the top level; own cards were `items` with `archived` as 0/1 and
// their fields inline; settings were key/value rows; interviews, drafts and design progress were
// not saved yet. Frozen: files of this shape exist and must keep importing.
import { isObject, type Obj } from './checks';

export interface BackupFileV1 {
	format: 'rehearse-backup';
	version: 1;
	/** ISO 8601. */
	exportedAt: string;
	contentHash: string;
	data: {
		log: {
			id: string;
			cardId: string;
			itemId: string;
			rating: 1 | 2 | 3 | 4;
			reviewedAt: number;
			phaseBefore: string;
			durationMs: number;
			score: number | null;
			mode: string;
		}[];
		cards: Obj[];
		attempts: Obj[];
		/** Own cards: the draft's fields and the item id, inline. */
		items: (Obj & { id: string; archived: 0 | 1; updatedAt: number })[];
		sets: Obj[];
		settings: { key: string; value: unknown }[];
	};
}

/**
 * Rewrites a version 1 file into the version 2 shape, leaving anything unexpected where it is so
 * that validation reports it. Pure; the input is not changed.
 */
export function upgradeV1(file: Obj): Obj {
	const data = isObject(file.data) ? file.data : {};
	const exportedAt = typeof file.exportedAt === 'string' ? Date.parse(file.exportedAt) : file.exportedAt;
	return {
		format: file.format,
		version: 2,
		exportedAt: Number.isNaN(exportedAt) ? file.exportedAt : exportedAt,
		app: { contentHash: file.contentHash, appVersion: 'version 1 file' },
		data: {
			reviews: mapList(data.log, ({ rating, ...review }) => ({ ...review, grade: rating })),
			cards: data.cards,
			attempts: data.attempts,
			userItems: mapList(data.items, ({ id, archived, updatedAt, ...draft }) => ({
				id,
				draft,
				archived: archived === 1 ? true : archived === 0 ? false : archived,
				updatedAt
			})),
			sets: data.sets,
			settings: Array.isArray(data.settings) ? rowsToObject(data.settings) : data.settings,
			interviews: [],
			drafts: [],
			designProgress: {}
		}
	};
}

function mapList(list: unknown, upgrade: (element: Obj) => Obj): unknown {
	return Array.isArray(list) ? list.map((element) => (isObject(element) ? upgrade(element) : element)) : list;
}

/** Setting rows → one object. A malformed row is kept under a key that validation will name. */
function rowsToObject(rows: unknown[]): Obj {
	const settings: Obj = {};
	rows.forEach((row, i) => {
		if (isObject(row) && typeof row.key === 'string') Object.defineProperty(settings, row.key, { value: row.value, enumerable: true, configurable: true, writable: true });
		else settings[`(row ${i})`] = row;
	});
	return settings;
}
