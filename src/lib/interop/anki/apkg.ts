// Builds an Anki package (.apkg): a zip holding `collection.anki2` (a schema-11 SQLite database
// written with sql.js) and `media` (an empty JSON map; we export no media files).
//
// Cards are exported as NEW cards: our scheduling is FSRS on our own review log, and turning it into
// Anki's card fields and revlog faithfully is not done here, so no history is claimed in Anki.

import type { SqlJsStatic } from 'sql.js';
import { zipSync } from 'fflate';
import type { Item } from '$lib/model';
import {
	collectionConfigJson,
	DEFAULT_DECK_ID,
	deckConfigJson,
	deckJson,
	modelJson,
	SCHEMA_SQL,
	SCHEMA_VERSION
} from './collection';
import { fieldChecksum, noteIdentities, stableId } from './ids';
import { notesOf, stripHtml, type AnkiModelKey, type AnkiNoteSpec } from './notes';

export const FIELD_SEPARATOR = '\x1f';

export interface ApkgInput {
	/** Name of the Anki deck the cards go into, e.g. "Rehearse::SQL". `::` makes a subdeck. */
	deckName: string;
	items: readonly Item[];
	now: number;
}

export interface ApkgResult {
	bytes: Uint8Array;
	noteCount: number;
	cardCount: number;
}

/** Builds the package in memory. `SQL` is an initialised sql.js (loaded lazily by the caller). */
export async function buildApkg(SQL: SqlJsStatic, input: ApkgInput): Promise<ApkgResult> {
	const modSeconds = Math.floor(input.now / 1000);
	const notes: AnkiNoteSpec[] = input.items.flatMap(notesOf);
	const keys = notes.map((note) => note.key);
	// Hash everything first (crypto.subtle is async), then write the database in one go.
	const [identities, deckId, modelIds, checksums] = await Promise.all([
		noteIdentities(keys),
		stableId('deck', input.deckName),
		Promise.all((['basic', 'script'] as const).map(async (key) => [key, await stableId('model', key)] as const)),
		Promise.all(notes.map((note) => fieldChecksum(stripHtml(note.fields[0]))))
	]);
	const modelIdOf = new Map<AnkiModelKey, number>(modelIds);
	const usedModels = new Set(notes.map((note) => note.model));

	const db = new SQL.Database();
	try {
		db.run(SCHEMA_SQL);
		const models = Object.fromEntries(
			[...usedModels].map((key) => [String(modelIdOf.get(key)), modelJson(key, modelIdOf.get(key)!, deckId, modSeconds)])
		);
		const decks = {
			[String(DEFAULT_DECK_ID)]: deckJson(DEFAULT_DECK_ID, 'Default', modSeconds),
			[String(deckId)]: deckJson(deckId, input.deckName, modSeconds)
		};
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
			modSeconds,
			input.now,
			input.now,
			SCHEMA_VERSION,
			JSON.stringify(collectionConfigJson(modelIdOf.get([...usedModels][0] ?? 'basic')!)),
			JSON.stringify(models),
			JSON.stringify(decks),
			JSON.stringify({ '1': deckConfigJson(modSeconds) }),
			'{}'
		]);

		db.run('BEGIN');
		const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0, ?)');
		// A new card: type 0, queue 0, due = its position among new cards.
		const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, 0, ?, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?)');
		notes.forEach((note, position) => {
			const { noteId, cardId, guid } = identities.get(note.key)!;
			insertNote.run([
				noteId,
				guid,
				modelIdOf.get(note.model)!,
				modSeconds,
				note.tags.length ? ` ${note.tags.join(' ')} ` : '',
				note.fields.join(FIELD_SEPARATOR),
				stripHtml(note.fields[0]),
				checksums[position],
				''
			]);
			insertCard.run([cardId, noteId, deckId, modSeconds, position + 1, '']);
		});
		insertNote.free();
		insertCard.free();
		db.run('COMMIT');

		const collection = db.export();
		const bytes = zipSync({ 'collection.anki2': collection, media: new TextEncoder().encode('{}') });
		return { bytes, noteCount: notes.length, cardCount: notes.length };
	} finally {
		db.close();
	}
}
