// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { syncContent } from '$lib/db/content-sync';
import { bundle, conceptItem, freshDb } from '$lib/db/testing';
import { CsvImportSession, MAX_CSV_BYTES } from './csv-import-session.svelte';

const T0 = Date.UTC(2026, 10, 21, 9);
const DECKS = ['modeling', 'sql'];
const file = (text: string, name = 'cards.csv') => new File([text], name, { type: 'text/csv' });

async function session() {
	const db = await freshDb();
	await syncContent(db, bundle('h1', [conceptItem('concept-grain', { prompt: 'What is the grain of a fact table?' })]), T0);
	return { db, session: new CsvImportSession(db, DECKS, () => T0) };
}

describe('CsvImportSession', () => {
	it('previews without writing, then imports the new rows with their cards in the chosen deck', async () => {
		const { db, session: s } = await session();
		await s.setDeck('sql');
		await s.chooseFile(file('#separator:comma\nQ1,A1\n"Q2","A\n2"\nWhat is the grain of a fact table?,Mine\n'));
		expect(s.plan?.counts).toEqual({ new: 2, updated: 0, duplicate: 1, invalid: 0 });
		expect(await db.items.count()).toBe(1);
		expect(s.canCommit).toBe(true);

		await s.commit();
		expect(s.result).toEqual({ added: 2, updated: 0, skipped: 1 });
		const mine = await db.items.where('[origin+archived]').equals(['user', 0]).toArray();
		expect(mine.map((item) => [item.deck, item.kind])).toEqual([
			['sql', 'concept'],
			['sql', 'concept']
		]);
		expect(await db.cards.where('itemId').anyOf(mine.map((item) => item.id)).count()).toBe(2);
	});

	it('re-plans the same file when the kind changes', async () => {
		const { session: s } = await session();
		await s.chooseFile(file('#separator:comma\ncue,say the words,the words\n'));
		expect(s.plan?.counts.new).toBe(1);
		await s.setKind('script');
		expect(s.plan?.rows[0].item?.kind).toBe('script');
	});

	it('refuses to import a file that could not be read to the end, and writes nothing', async () => {
		const { db, session: s } = await session();
		await s.chooseFile(file('#separator:comma\nQ1,A1\nQ2,"never closed\n'));
		expect(s.plan?.counts.new).toBe(1);
		expect(s.canCommit).toBe(false);
		await s.commit();
		expect(await db.items.count()).toBe(1);
	});

	it('turns away binary files and files over the size limit with a message', async () => {
		const { session: s } = await session();
		await s.chooseFile(new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])], 'deck.apkg'));
		expect(s.error).toBe('"deck.apkg" is not a text file. Choose a .csv, .tsv or .txt file.');
		expect(s.plan).toBeNull();
		await s.chooseFile(new File([new Uint8Array(MAX_CSV_BYTES + 1)], 'huge.csv'));
		expect(s.error).toMatch(/^"huge.csv" is 5.0 MB; .* The limit is 5 MB.$/);
	});
});
