// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cardId } from '$lib/content';
import type { ConceptItem, ScriptItem } from '$lib/model';
import { buildUserItem } from '$lib/user-items';
import { guidFor } from './anki/ids';
import { hardBreaks, idForGuid, planCsvImport, splitPhrases, type ExistingItem, type PlanOptions } from './csv-import';

const NOW = Date.UTC(2026, 10, 21, 12);
const concepts = (existing: ExistingItem[] = []): PlanOptions => ({ kind: 'concept', deck: 'sql', existing, now: NOW });
const scripts = (existing: ExistingItem[] = []): PlanOptions => ({ kind: 'script', deck: 'behavioral', existing, now: NOW });

const mine = (prompt: string, answer: string, id?: string): ExistingItem => ({
	item: buildUserItem({ kind: 'concept', deck: 'modeling', prompt, answer, difficulty: 3 }, { id, now: NOW - 1000 }),
	origin: 'user'
});

describe('planCsvImport: concept cards', () => {
	it('maps Front/Back columns, adds #tags and the tags column as topics, and renders through Markdown', async () => {
		const plan = await planCsvImport('#separator:comma\n#columns:Front,Back,Tags\n#tags:imported\n"What is a *CTE*?","A named\nsubquery",sql-basics\n', concepts());
		expect(plan.problems).toEqual([]);
		expect(plan.counts).toEqual({ new: 1, updated: 0, duplicate: 0, invalid: 0 });
		const item = plan.rows[0].item as ConceptItem;
		expect(item).toMatchObject({ kind: 'concept', deck: 'sql', prompt: 'What is a *CTE*?', answer: 'A named  \nsubquery', topics: ['imported', 'sql-basics'] });
		expect(item.promptHtml).toBe('<p>What is a <em>CTE</em>?</p>\n');
		expect(item.id.startsWith('mine-')).toBe(true);
	});

	it('maps columns by position when there is no header: question, answer, then tags', async () => {
		const plan = await planCsvImport('Q1\tA1\tt1 t2\nQ2\tA2\t\n', concepts());
		expect(plan.rows.map((r) => [r.status, r.preview])).toEqual([
			['new', ['Q1', 'A1']],
			['new', ['Q2', 'A2']]
		]);
		expect(plan.rows[0].item?.topics).toEqual(['t1', 't2']);
	});

	it('accepts Prompt/Answer in any case and order, and says which columns it does not import', async () => {
		const plan = await planCsvImport('#separator:semicolon\n#columns:answer;Source;PROMPT\nA;book;Q\n', concepts());
		expect(plan.rows[0].preview).toEqual(['Q', 'A']);
		expect(plan.notices).toContain('Not imported: the column "Source".');
	});

	it('refuses a #columns header without an answer column, naming the columns it expects', async () => {
		const plan = await planCsvImport('#columns:Front,Notes\na,b\n', concepts());
		expect(plan.rows).toEqual([]);
		expect(plan.problems[0].message).toBe(
			'The #columns header has no column for the answer. For concept cards, name the columns Front and Back (or Question and Answer).'
		);
	});

	it('marks ragged rows invalid with their line number and keeps the good ones', async () => {
		const plan = await planCsvImport('#separator:comma\n#columns:Front,Back\na,b\nc,d,e\nf\n"g","h"\n', concepts());
		expect(plan.rows.map((r) => r.status)).toEqual(['new', 'invalid', 'invalid', 'new']);
		expect(plan.rows[1].reason).toBe('Line 4: this row has 3 fields; the file\'s #columns header names 2.');
		expect(plan.rows[2].reason).toBe('Line 5: this row has 1 field; the file\'s #columns header names 2.');
	});

	it('accepts a row that leaves out a last column holding no card field (here, tags)', async () => {
		const plan = await planCsvImport('#separator:comma\n#columns:Front,Back,Tags\nQ,A\nQ2\n', concepts());
		expect(plan.rows.map((r) => r.status)).toEqual(['new', 'invalid']);
		expect(plan.rows[1].reason).toBe("Line 4: this row has 1 field; the file's #columns header names 3.");
	});

	it('ignores a trailing separator that only adds empty fields', async () => {
		const plan = await planCsvImport('#separator:comma\n#columns:Front,Back\na,b,,\n', concepts());
		expect(plan.rows[0].status).toBe('new');
	});

	it('marks a row with an empty answer invalid with the validator\'s reason', async () => {
		const plan = await planCsvImport('#separator:comma\nquestion,\n', concepts());
		expect(plan.rows[0]).toMatchObject({ status: 'invalid', reason: 'Line 2: The answer is empty; write something here.' });
	});

	it('refuses a file whose first row has fewer fields than a card needs, suggesting the separator', async () => {
		const plan = await planCsvImport('#separator:comma\nonly one field\n', concepts());
		expect(plan.rows).toEqual([]);
		expect(plan.problems[0].message).toBe(
			'Line 2: the first row has 1 field, but a concept card needs 2 (question, answer). Check the separator, or add a #separator: line.'
		);
	});

	it('reports the parser\'s unclosed quote as a problem', async () => {
		const plan = await planCsvImport('#separator:comma\na,b\nc,"d\n', concepts());
		expect(plan.problems[0].message).toMatch(/Line 3: a quoted field is never closed/);
		expect(plan.counts.new).toBe(1);
	});

	it('skips blank rows silently', async () => {
		const plan = await planCsvImport('#separator:comma\na,b\n , \nc,d\n', concepts());
		expect(plan.rows.map((r) => r.line)).toEqual([2, 4]);
	});
});

describe('planCsvImport: duplicates', () => {
	it('updates the user\'s item with the same question, keeping its id, deck and difficulty', async () => {
		const existing = mine('What is a CTE?', 'Old answer');
		const plan = await planCsvImport('#separator:comma\n"what is a  CTE?",New answer\n', concepts([existing]));
		expect(plan.rows[0].status).toBe('updated');
		expect(plan.rows[0].item).toMatchObject({ id: existing.item.id, deck: 'modeling', difficulty: 3, answer: 'New answer' });
	});

	it('skips a row identical to the user\'s item as a duplicate', async () => {
		const plan = await planCsvImport('#separator:comma\nWhat is a CTE?,Old answer\n', concepts([mine('What is a CTE?', 'Old answer')]));
		expect(plan.rows[0]).toMatchObject({ status: 'duplicate', reason: 'Line 2: you already have this card, unchanged; skipped.' });
	});

	it('skips a row with the same question as a built-in card and never updates it', async () => {
		const builtIn: ExistingItem = { item: { ...mine('What is a CTE?', 'x').item, id: 'concept-cte' }, origin: 'bundle' };
		const plan = await planCsvImport('#separator:comma\nWhat is a CTE?,Mine\n', concepts([builtIn]));
		expect(plan.rows[0].status).toBe('duplicate');
		expect(plan.rows[0].item).toBeNull();
	});

	it('skips a second row with the same question in the same file', async () => {
		const plan = await planCsvImport('#separator:comma\nQ,A\nq ,B\n', concepts());
		expect(plan.rows.map((r) => r.status)).toEqual(['new', 'duplicate']);
		expect(plan.rows[1].reason).toBe('Line 3: same question as line 2; skipped.');
	});

	it('matches on the guid column first, so an edited question still updates the same item', async () => {
		const first = await planCsvImport('#separator:comma\n#columns:guid,Front,Back\nabc123,Q,A\n', concepts());
		const created = first.rows[0].item!;
		expect(created.id).toBe(await idForGuid('abc123'));
		const again = await planCsvImport('#separator:comma\n#columns:guid,Front,Back\nabc123,Q edited,A\n', concepts([{ item: created, origin: 'user' }]));
		expect(again.rows[0]).toMatchObject({ status: 'updated', item: { id: created.id, prompt: 'Q edited' } });
	});

	it('recognises the guid our Anki export gave an item (#guid column)', async () => {
		const existing = mine('Q', 'A');
		const guid = await guidFor(cardId(existing.item.id, 'main'));
		const plan = await planCsvImport(`#separator:tab\n#guid column:1\n${guid}\tQ changed in Anki\tA\n`, concepts([existing]));
		expect(plan.rows[0]).toMatchObject({ status: 'updated', item: { id: existing.item.id } });
	});

	it('turns guids that are not simple words into a hashed id, stable across imports', async () => {
		expect(await idForGuid('a/b"c')).toBe(await idForGuid('a/b"c'));
		expect(await idForGuid('a/b"c')).toMatch(/^mine-g-[0-9a-f]{20}$/);
	});
});

describe('planCsvImport: HTML', () => {
	it('turns HTML into Markdown when #html:true, so the card shows formatting and no markup runs', async () => {
		const plan = await planCsvImport(
			'#separator:tab\n#html:true\n<b>Bold</b> question<br>line two\t<img src=x onerror=alert(1)>Answer &amp; more<script>alert(1)</script>\n',
			concepts()
		);
		const item = plan.rows[0].item as ConceptItem;
		expect(item.prompt).toBe('**Bold** question  \nline two');
		expect(item.answer).toBe('Answer & more');
		expect(item.answerHtml).not.toMatch(/onerror|script|img/);
		expect(plan.notices[0]).toMatch(/file says its fields are HTML/);
	});

	it('keeps tags typed as text when #html:false, rendered escaped, never as elements', async () => {
		const plan = await planCsvImport('#separator:tab\n#html:false\nWhat does <b> do?\tIt <i>bolds</i>\n', concepts());
		const item = plan.rows[0].item as ConceptItem;
		expect(item.prompt).toBe('What does <b> do?');
		expect(item.promptHtml).toContain('&lt;b&gt;');
		expect(item.answerHtml).not.toContain('<i>');
	});

	it('guesses HTML like Anki when the file does not say, and says so', async () => {
		const plan = await planCsvImport('a<br>b\tc\n', concepts());
		expect(plan.rows[0].item).toMatchObject({ prompt: 'a  \nb' });
		expect(plan.notices[0]).toMatch(/look like HTML/);
	});
});

describe('planCsvImport: line breaks', () => {
	it('keeps an answer’s line break on the card, as the preview shows it (regression: the card joined the lines)', async () => {
		for (const text of ['#separator:tab\n#html:true\nQ\tfirst line<br>second line\n', '#separator:comma\nQ,"first line\nsecond line"\n']) {
			const plan = await planCsvImport(text, concepts());
			const item = plan.rows[0].item as ConceptItem;
			expect(plan.rows[0].preview[1].split('\n')).toHaveLength(2);
			expect(item.answerHtml).toBe('<p>first line<br>second line</p>\n');
		}
	});

	it('leaves paragraphs, lists and code fences as Markdown reads them', () => {
		expect(hardBreaks('one\n\ntwo')).toBe('one\n\ntwo');
		expect(hardBreaks('Steps:\n- a\n- b')).toBe('Steps:\n- a\n- b');
		expect(hardBreaks('```\nselect 1\nfrom t\n```')).toBe('```\nselect 1\nfrom t\n```');
		expect(hardBreaks('a\nb\nc')).toBe('a  \nb  \nc');
	});

	it('previews a script as the card shows it: single line breaks joined', async () => {
		const plan = await planCsvImport('#separator:comma\nCue,"Say this\nand that",say this\n', scripts());
		expect(plan.rows[0].preview[1]).toBe('Say this and that');
		expect((plan.rows[0].item as ScriptItem).script).toBe('Say this and that');
	});
});

describe('planCsvImport: scripts', () => {
	it('maps cue, script and must-say phrases (one per line or separated by semicolons)', async () => {
		const text = '#separator:comma\n#columns:Cue,Script,Must say\n"Asked about scale","First I ask about read volume.\nThen I size storage.","read volume; size storage"\n';
		const plan = await planCsvImport(text, scripts());
		const item = plan.rows[0].item as ScriptItem;
		expect(item).toMatchObject({ kind: 'script', deck: 'behavioral', cue: 'Asked about scale', mustSay: ['read volume', 'size storage'] });
		expect(plan.columnLabels).toEqual(['Cue', 'Script']);
	});

	it('marks a must-say phrase that is not in the script invalid, quoting it', async () => {
		const plan = await planCsvImport('#separator:comma\nCue,Say this,not there\n', scripts());
		expect(plan.rows[0].status).toBe('invalid');
		expect(plan.rows[0].reason).toMatch(/^Line 2: "not there" does not occur in the script/);
	});

	it('needs three fields per row when there is no header', async () => {
		const plan = await planCsvImport('#separator:comma\ncue,script\n', scripts());
		expect(plan.problems[0].message).toMatch(/a script needs 3/);
	});

	it('splits phrases on lines and semicolons and drops list marks', () => {
		expect(splitPhrases('- one\n* two; three ;\n')).toEqual(['one', 'two', 'three']);
	});
});

describe('planCsvImport: ignored headers', () => {
	it('says that #deck, #notetype and unknown headers are not used', async () => {
		const plan = await planCsvImport('#separator:comma\n#deck:Spanish\n#notetype:Basic\n#if matches:keep\na,b\n', concepts());
		expect(plan.notices).toEqual([
			'The file names the deck and the note type; this import uses the kind and deck chosen above instead.',
			'Headers not used: #if matches.'
		]);
	});

	it('skips a deck column and a notetype column named in the header', async () => {
		const plan = await planCsvImport('#separator:comma\n#deck column:1\n#notetype column:2\nDefault,Basic,Q,A\n', concepts());
		expect(plan.rows[0].preview).toEqual(['Q', 'A']);
	});
});
