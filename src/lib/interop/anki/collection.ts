// The legacy Anki collection (schema 11, `collection.anki2`) that every Anki and AnkiDroid version
// still imports: the tables, and the JSON blobs of the single `col` row (note types, decks,
// deck options, collection config). Only what an importer reads is filled in; the rest takes
// Anki's defaults.

import { MODEL_FIELDS, type AnkiModelKey } from './notes';

export const SCHEMA_VERSION = 11;
export const DEFAULT_DECK_ID = 1;
export const DEFAULT_CONF_ID = 1;

export const SCHEMA_SQL = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
	ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
	models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
	usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
	flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
	mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
	ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null,
	odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
	ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const CSS = `.card { font-family: Arial, sans-serif; font-size: 20px; text-align: left; color: black; background-color: white; }
.nightMode .card, .night_mode .card { color: #eee; background-color: #222; }
.title { font-size: 0.8em; opacity: 0.7; margin-bottom: 0.5em; }
pre { white-space: pre-wrap; text-align: left; }`;

const TEMPLATES: Record<AnkiModelKey, { qfmt: string; afmt: string }> = {
	basic: { qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' },
	script: {
		qfmt: '{{Cue}}',
		afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Script}}\n\n{{#Must say}}<p><b>Must say:</b></p>{{Must say}}{{/Must say}}'
	}
};

export const MODEL_NAMES: Record<AnkiModelKey, string> = { basic: 'Rehearse Basic', script: 'Rehearse Script' };

/** One note type in the schema-11 JSON shape. */
export function modelJson(key: AnkiModelKey, id: number, deckId: number, modSeconds: number) {
	return {
		id,
		name: MODEL_NAMES[key],
		type: 0,
		mod: modSeconds,
		usn: -1,
		sortf: 0,
		did: deckId,
		tmpls: [{ name: 'Card 1', ord: 0, ...TEMPLATES[key], bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 }],
		flds: MODEL_FIELDS[key].map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
		css: CSS,
		latexPre: '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		latexsvg: false,
		// The card is generated when the first field is not empty.
		req: [[0, 'any', [0]]],
		tags: [],
		vers: []
	};
}

export function deckJson(id: number, name: string, modSeconds: number) {
	return {
		id,
		name,
		mod: modSeconds,
		usn: -1,
		lrnToday: [0, 0],
		revToday: [0, 0],
		newToday: [0, 0],
		timeToday: [0, 0],
		collapsed: false,
		browserCollapsed: false,
		desc: '',
		dyn: 0,
		conf: DEFAULT_CONF_ID,
		extendNew: 0,
		extendRev: 0
	};
}

/** Anki's default deck options; an importer keeps its own when the ids clash. */
export function deckConfigJson(modSeconds: number) {
	return {
		id: DEFAULT_CONF_ID,
		name: 'Default',
		mod: modSeconds,
		usn: -1,
		maxTaken: 60,
		autoplay: true,
		timer: 0,
		replayq: true,
		dyn: false,
		new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
		rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
		lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 }
	};
}

export function collectionConfigJson(modelId: number) {
	return {
		nextPos: 1,
		estTimes: true,
		activeDecks: [DEFAULT_DECK_ID],
		sortType: 'noteFld',
		timeLim: 0,
		sortBackwards: false,
		addToCur: true,
		curDeck: DEFAULT_DECK_ID,
		newSpread: 0,
		dueCounts: true,
		curModel: modelId,
		collapseTime: 1200
	};
}
