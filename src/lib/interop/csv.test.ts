import { describe, expect, it } from 'vitest';
import { guessSeparator, parseCsv, separatorFromValue } from './csv';

const fieldsOf = (text: string) => parseCsv(text).records.map((record) => record.fields);

describe('parseCsv: quoting (RFC 4180)', () => {
	it('reads separators, doubled quotes and newlines inside quotes as text', () => {
		const file = parseCsv('#separator:comma\n"a, b","say ""hi""","line 1\nline 2"\nc,d,e\n');
		expect(file.records.map((r) => r.fields)).toEqual([
			['a, b', 'say "hi"', 'line 1\nline 2'],
			['c', 'd', 'e']
		]);
		expect(file.problems).toEqual([]);
	});

	it('numbers each record by the line it starts on, counting newlines inside quotes', () => {
		const file = parseCsv('#separator:comma\n"one\ntwo\nthree",x\nnext,y\n');
		expect(file.records.map((r) => r.line)).toEqual([2, 5]);
	});

	it('accepts CRLF, LF and lone CR line ends and stores embedded newlines as LF', () => {
		expect(fieldsOf('#separator:comma\r\na,"b\r\nc"\r\nd,e\rf,g')).toEqual([
			['a', 'b\nc'],
			['d', 'e'],
			['f', 'g']
		]);
	});

	it('keeps empty fields, including a trailing one', () => {
		expect(fieldsOf('#separator:comma\na,,c,\n')).toEqual([['a', '', 'c', '']]);
	});

	it('treats a quote inside an unquoted field as an ordinary character', () => {
		expect(fieldsOf('#separator:comma\nsay "hi" now,x')).toEqual([['say "hi" now', 'x']]);
	});

	it('keeps an empty quoted field as an empty string', () => {
		expect(fieldsOf('#separator:comma\n"",b')).toEqual([['', 'b']]);
	});

	it('reports an unclosed quote with the line it starts on, and keeps the records before it', () => {
		const file = parseCsv('#separator:comma\na,b\nc,"never closed\nd,e\n');
		expect(file.records.map((r) => r.fields)).toEqual([['a', 'b']]);
		expect(file.problems).toHaveLength(1);
		expect(file.problems[0].line).toBe(3);
		expect(file.problems[0].message).toMatch(/Line 3: a quoted field is never closed/);
	});
});

describe('parseCsv: blank lines, comments and BOM', () => {
	it('skips empty lines and comment lines between records', () => {
		const file = parseCsv('#separator:comma\na,b\n\n# a note to self\n\r\nc,d\n\n');
		expect(file.records.map((r) => [r.line, r.fields])).toEqual([
			[2, ['a', 'b']],
			[6, ['c', 'd']]
		]);
	});

	it('strips a UTF-8 byte order mark so the first header is still recognised', () => {
		const file = parseCsv('\uFEFF#separator:Semicolon\nà;é\n');
		expect(file.header.separatorGiven).toBe(true);
		expect(file.records[0].fields).toEqual(['à', 'é']);
	});

	it('strips a BOM in front of a file with no header', () => {
		expect(fieldsOf('\uFEFFFront,Back')).toEqual([['Front', 'Back']]);
	});

	it('returns nothing, without problems, for an empty file or one with only headers', () => {
		expect(parseCsv('')).toMatchObject({ records: [], problems: [] });
		expect(parseCsv('#separator:tab\n#html:false\n')).toMatchObject({ records: [], problems: [] });
	});
});

describe('parseCsv: headers', () => {
	it.each([
		['Comma', ','],
		['semicolon', ';'],
		['TAB', '\t'],
		['Pipe', '|'],
		['Space', ' '],
		['colon', ':'],
		[';', ';'],
		['\t', '\t'],
		['~', '~']
	])('#separator:%j uses %j', (value, expected) => {
		const file = parseCsv(`#separator:${value}\nx${expected}y\n`);
		expect(file.header.separator).toBe(expected);
		expect(file.records[0].fields).toEqual(['x', 'y']);
	});

	it('ignores a #separator value it cannot use and guesses instead', () => {
		const file = parseCsv('#separator:commas please\na;b\n');
		expect(file.header.separatorGiven).toBe(false);
		expect(file.header.separator).toBe(';');
	});

	it('reads #html as true, false or unknown', () => {
		expect(parseCsv('#html:true\n').header.html).toBe(true);
		expect(parseCsv('#html:FALSE\n').header.html).toBe(false);
		expect(parseCsv('#html:maybe\n').header.html).toBe(null);
		expect(parseCsv('a,b').header.html).toBe(null);
	});

	it('reads #columns with the file separator, even when #separator comes after it', () => {
		const file = parseCsv('#columns:Front;"Back; long";Tags\n#separator:semicolon\na;b;c\n');
		expect(file.header.columns).toEqual(['Front', 'Back; long', 'Tags']);
		expect(file.records[0].fields).toEqual(['a', 'b', 'c']);
	});

	it('reads #tags and the legacy first line "tags:"', () => {
		expect(parseCsv('#tags:sql  joins\tbasics\na,b').header.tags).toEqual(['sql', 'joins', 'basics']);
		expect(parseCsv('tags:one two\na,b').header.tags).toEqual(['one', 'two']);
	});

	it('reads the column-number headers and rejects numbers that are not 1-based columns', () => {
		const header = parseCsv('#guid column:1\n#tags column: 4\n#deck column:0\n#notetype column:x\n').header;
		expect(header).toMatchObject({ guidColumn: 1, tagsColumn: 4, deckColumn: null, notetypeColumn: null });
	});

	it('keeps #deck and #notetype and lists keys it does not know', () => {
		const header = parseCsv('#deck:Default\n#notetype:Basic\n#if matches:update current\n').header;
		expect(header).toMatchObject({ deck: 'Default', notetype: 'Basic', unknownKeys: ['if matches'] });
	});

	it('treats header keys case-insensitively and a CRLF after a value as part of the line end', () => {
		const header = parseCsv('#Separator:Pipe\r\n#HTML:true\r\na|b\r\n').header;
		expect(header).toMatchObject({ separator: '|', html: true });
	});

	it('counts header lines in record line numbers', () => {
		expect(parseCsv('#separator:comma\n#html:false\n\na,b').records[0].line).toBe(4);
	});

	it('stops reading headers at the first line that is not one', () => {
		const file = parseCsv('a,b\n#separator:semicolon\nc,d');
		expect(file.header.separatorGiven).toBe(false);
		expect(file.records.map((r) => r.fields)).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
	});
});

describe('separator guessing', () => {
	it('tries tab, pipe, semicolon, colon, comma, then space, as Anki does', () => {
		expect(guessSeparator('a\tb,c;d')).toBe('\t');
		expect(guessSeparator('a|b,c;d')).toBe('|');
		expect(guessSeparator('a;b,c')).toBe(';');
		expect(guessSeparator('a:b,c')).toBe(':');
		expect(guessSeparator('a,b c')).toBe(',');
		expect(guessSeparator('a b')).toBe(' ');
		expect(guessSeparator('single')).toBe(' ');
	});

	it('ignores characters inside quotes, so a colon in a quoted answer does not win', () => {
		expect(guessSeparator('"What is a CTE?","Note: a named subquery"')).toBe(',');
		expect(fieldsOf('"Note: x","y; z"')).toEqual([['Note: x', 'y; z']]);
	});

	it('guesses from the first record, skipping blank and comment lines', () => {
		const file = parseCsv('\n# comment, with a comma\nfront\tback\n');
		expect(file.header.separator).toBe('\t');
		expect(file.records[0].fields).toEqual(['front', 'back']);
	});

	it('knows separators by name or as one literal character', () => {
		expect(separatorFromValue(' Comma ')).toBe(',');
		expect(separatorFromValue(' ')).toBe(' ');
		expect(separatorFromValue('"')).toBe(null);
		expect(separatorFromValue('ab')).toBe(null);
		expect(separatorFromValue('')).toBe(null);
	});
});
