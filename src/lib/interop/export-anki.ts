// "Export to Anki" for a deck or a saved set: gathers the live items, builds the package, and hands
// back a File ready to download or share. Exporting the same deck again gives the same guids, so
// Anki updates its notes instead of adding copies.
import { deckContents, itemsByIds, type RehearseDb, type SetRecord } from '$lib/db';
import { itemIdsOfSet } from '$lib/db/sets';
import { slugify } from '$lib/content';
import type { Item } from '$lib/model';
import { buildApkg } from './anki/apkg';
import { loadSqlJs } from './anki/load-sql';

export interface AnkiExportFile {
	file: File;
	noteCount: number;
}

export const APKG_TYPE = 'application/octet-stream';

/** Thrown when there is nothing to put in the package; the message is for the user. */
export class EmptyExportError extends Error {
	override name = 'EmptyExportError';
}

export async function exportDeckToAnki(db: RehearseDb, deck: string, deckName: string, now: number): Promise<AnkiExportFile> {
	const items = (await deckContents(db, deck)).map((entry) => entry.item);
	return packageItems(items, deckName, now);
}

export async function exportSetToAnki(db: RehearseDb, set: SetRecord, now: number): Promise<AnkiExportFile> {
	const items = await itemsByIds(db, await itemIdsOfSet(db, set, now));
	items.sort((a, b) => a.title.localeCompare(b.title));
	return packageItems(items, set.name, now);
}

async function packageItems(items: readonly Item[], name: string, now: number): Promise<AnkiExportFile> {
	if (items.length === 0) throw new EmptyExportError('There are no cards to export here yet.');
	const SQL = await loadSqlJs();
	const { bytes, noteCount } = await buildApkg(SQL, { deckName: `Rehearse::${name.replace(/::/g, ':')}`, items, now });
	const file = new File([bytes as BlobPart], `rehearse-${slugify(name) || 'cards'}.apkg`, { type: APKG_TYPE, lastModified: now });
	return { file, noteCount };
}
