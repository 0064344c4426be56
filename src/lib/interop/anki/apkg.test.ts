import { createHash } from 'node:crypto';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConceptItem, Item, ScriptItem, TableItem } from '$lib/model';
import { buildApkg, FIELD_SEPARATOR } from './apkg';
import { guidFor } from './ids';
import { stripHtml } from './notes';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);
let SQL: SqlJsStatic;

beforeAll(async () => {
	SQL = await initSqlJs();
});

const base = { deck: 'sql', topics: ['Window functions', 'joins'], difficulty: 2 as const, domain: 'general' as const, source: 'test' };

const concept = (id: string, prompt: string, answer: string): ConceptItem => ({
	...base,
	id,
	kind: 'concept',
	title: prompt,
	prompt,
	promptHtml: `<p>${prompt}</p>`,
	answer,
	answerHtml: `<p><strong>${answer}</strong></p>`
});

const script: ScriptItem = {
	...base,
	id: 'script-clarify',
	kind: 'script',
	title: 'Clarify',
	cue: 'The interviewer gives a vague prompt & waits',
	script: 'Before I design anything, let me ask about <scale>.\n\nWho reads this data?',
	mustSay: ['ask about', 'who reads'],
	synonyms: {},
	phase: 1,
	targetSeconds: 20,
	notesHtml: ''
};

const table: TableItem = {
	...base,
	id: 'table-index',
	kind: 'table',
	title: 'Index types',
	columns: ['Situation', 'Index'],
	rows: [
		['Equality lookups', 'Hash'],
		['Range scans', 'B-tree']
	],
	reverse: false,
	descriptionHtml: ''
};

const items: Item[] = [concept('concept-cte', 'What is a CTE?', 'A named subquery'), concept('mine-1', 'Why 3NF?', 'Fewer anomalies'), script, table];

function openCollection(bytes: Uint8Array): { db: Database; files: Record<string, Uint8Array> } {
	const files = unzipSync(bytes);
	return { db: new SQL.Database(files['collection.anki2']), files };
}

function rows(db: Database, sql: string): Record<string, unknown>[] {
	const result = db.exec(sql)[0];
	if (!result) return [];
	return result.values.map((values) => Object.fromEntries(result.columns.map((column, i) => [column, values[i]])));
}

describe('buildApkg', () => {
	it('writes a zip with collection.anki2 and an empty media map, and the database passes integrity_check', async () => {
		const { bytes } = await buildApkg(SQL, { deckName: 'Rehearse::SQL', items, now: NOW });
		const { db, files } = openCollection(bytes);
		expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
		expect(new TextDecoder().decode(files.media)).toBe('{}');
		expect(db.exec('PRAGMA integrity_check')[0].values).toEqual([['ok']]);
		expect(rows(db, 'SELECT ver FROM col')).toEqual([{ ver: 11 }]);
		db.close();
	});

	it('exports one note and one new card per concept and script, and one per table row', async () => {
		const result = await buildApkg(SQL, { deckName: 'Rehearse::SQL', items, now: NOW });
		expect(result).toMatchObject({ noteCount: 5, cardCount: 5 });
		const { db } = openCollection(result.bytes);
		const notes = rows(db, 'SELECT flds, tags, sfld FROM notes ORDER BY sfld');
		const fields = notes.map((note) => String(note.flds).split(FIELD_SEPARATOR));
		expect(fields).toContainEqual(['<p>What is a CTE?</p>', '<p><strong>A named subquery</strong></p>']);
		expect(fields).toContainEqual([
			'The interviewer gives a vague prompt &amp; waits',
			'Before I design anything, let me ask about &lt;scale&gt;.<br><br>Who reads this data?',
			'<ul><li>ask about</li><li>who reads</li></ul>'
		]);
		expect(fields.find((f) => f[0].includes('Range scans'))?.[1]).toBe('<ul><li>Index: B-tree</li></ul>');
		expect(notes.find((note) => note.sfld === 'What is a CTE?')?.tags).toBe(' rehearse rehearse::concept window-functions joins ');
		const cards = rows(db, 'SELECT type, queue, ivl, reps, due FROM cards ORDER BY due');
		expect(cards.map((card) => [card.type, card.queue, card.ivl, card.reps])).toEqual(Array(5).fill([0, 0, 0, 0]));
		expect(cards.map((card) => card.due)).toEqual([1, 2, 3, 4, 5]);
		expect(rows(db, 'SELECT COUNT(*) AS n FROM revlog')).toEqual([{ n: 0 }]);
		db.close();
	});

	it('fills sfld and csum as Anki computes them from the stripped first field', async () => {
		const { bytes } = await buildApkg(SQL, { deckName: 'X', items: [items[0]], now: NOW });
		const { db } = openCollection(bytes);
		const [note] = rows(db, 'SELECT sfld, csum FROM notes');
		expect(note.sfld).toBe('What is a CTE?');
		// Computed independently with Node's own SHA-1.
		expect(note.csum).toBe(parseInt(createHash('sha1').update('What is a CTE?').digest('hex').slice(0, 8), 16));
		expect(stripHtml('<p>a &amp; <b>b</b></p>')).toBe('a & b');
		db.close();
	});

	it('keeps the whitespace and no-break spaces Anki keeps when it strips the first field', async () => {
		// Rendered markdown ends in a newline; Anki hashes it as it is, untrimmed.
		const rendered = { ...concept('concept-grain', 'Grain', 'One row per event'), promptHtml: '<p>State the grain&#160;first</p>\n' };
		const { bytes } = await buildApkg(SQL, { deckName: 'X', items: [rendered], now: NOW });
		const { db } = openCollection(bytes);
		const [note] = rows(db, 'SELECT sfld, csum FROM notes');
		const anki = 'State the grain first\n';
		expect(note.sfld).toBe(anki);
		expect(note.csum).toBe(parseInt(createHash('sha1').update(anki).digest('hex').slice(0, 8), 16));
		db.close();
	});

	it('leaves text with no entity exactly as it is, as Anki does', () => {
		expect(stripHtml('  <b>a\u00a0b</b>\n')).toBe('  a\u00a0b\n');
		expect(stripHtml('<!-- x --><style>p{}</style>a<SCRIPT>1</SCRIPT>')).toBe('a');
	});

	it('references only note types and decks that the col row defines, with the right field counts', async () => {
		const { bytes } = await buildApkg(SQL, { deckName: 'Rehearse::SQL', items, now: NOW });
		const { db } = openCollection(bytes);
		const [col] = rows(db, 'SELECT models, decks, dconf, conf FROM col');
		const models = JSON.parse(String(col.models)) as Record<string, { id: number; name: string; flds: { name: string }[] }>;
		const decks = JSON.parse(String(col.decks)) as Record<string, { id: number; name: string; conf: number }>;
		const dconf = JSON.parse(String(col.dconf)) as Record<string, { id: number }>;
		expect(JSON.parse(String(col.conf)).curModel).toSatisfy((id: number) => String(id) in models);
		for (const [key, model] of Object.entries(models)) expect(String(model.id)).toBe(key);
		expect(Object.values(models).map((m) => m.name).sort()).toEqual(['Rehearse Basic', 'Rehearse Script']);
		for (const note of rows(db, 'SELECT mid, flds FROM notes')) {
			const model = models[String(note.mid)];
			expect(model).toBeDefined();
			expect(String(note.flds).split(FIELD_SEPARATOR)).toHaveLength(model.flds.length);
		}
		for (const card of rows(db, 'SELECT did, nid FROM cards')) {
			expect(decks[String(card.did)]?.name).toBe('Rehearse::SQL');
			expect(dconf[String(decks[String(card.did)].conf)]).toBeDefined();
			expect(rows(db, `SELECT id FROM notes WHERE id = ${card.nid}`)).toHaveLength(1);
		}
		expect(decks['1']?.name).toBe('Default');
		db.close();
	});

	it('gives the same guids and ids on a second export, even later and in another order, all unique', async () => {
		const first = await buildApkg(SQL, { deckName: 'Rehearse::SQL', items, now: NOW });
		const second = await buildApkg(SQL, { deckName: 'Rehearse::SQL', items: [...items].reverse(), now: NOW + 86_400_000 });
		const read = (bytes: Uint8Array) => {
			const { db } = openCollection(bytes);
			const found = rows(db, 'SELECT n.guid, n.id AS nid, c.id AS cid, n.sfld FROM notes n JOIN cards c ON c.nid = n.id ORDER BY n.guid');
			db.close();
			return found;
		};
		const a = read(first.bytes);
		const b = read(second.bytes);
		expect(b).toEqual(a);
		expect(new Set(a.map((row) => row.guid)).size).toBe(5);
		expect(new Set(a.map((row) => row.nid)).size).toBe(5);
		expect(a.map((row) => row.guid)).toContain(await guidFor('concept-cte::main'));
	});

	it('changes a note guid only when its item changes identity, not when its text is edited', async () => {
		const edited = concept('concept-cte', 'What is a common table expression?', 'A named subquery');
		const before = await guidFor('concept-cte::main');
		const { db } = openCollection((await buildApkg(SQL, { deckName: 'X', items: [edited], now: NOW })).bytes);
		expect(rows(db, 'SELECT guid FROM notes')).toEqual([{ guid: before }]);
		expect(await guidFor('concept-other::main')).not.toBe(before);
		db.close();
	});
});
