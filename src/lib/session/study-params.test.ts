import { describe, expect, it } from 'vitest';
import { moreNewHref, parseNewCount, parseStudyParams, studyHref, type SetStudyRequest } from './study-params';

const parse = (query: string) => parseStudyParams(new URLSearchParams(query));

describe('parseStudyParams', () => {
	it("means today's queue when no set is named", () => {
		expect(parse('')).toEqual({ kind: 'today' });
	});

	it("reads today's queue with more new cards from moreNewHref, and refuses a bad count", () => {
		const href = moreNewHref(10);
		expect(href).toBe('/review?more-new=10');
		expect(parse(href.slice('/review?'.length))).toEqual({ kind: 'today', extraNew: 10 });
		expect(parse('more-new=lots')).toEqual({ kind: 'invalid', message: expect.stringContaining('"lots"') });
	});

	it('round-trips every kind of set request through studyHref', () => {
		const requests: SetStudyRequest[] = [
			{ setId: 'set 1&x', mode: 'scheduled', newCards: 'limits' },
			{ setId: 's2', mode: 'scheduled', newCards: 15 },
			{ setId: 's3', mode: 'cram', order: 'weakest' },
			{ setId: 's4', mode: 'cram', order: 'shuffled' }
		];
		for (const request of requests) {
			const href = studyHref(request);
			expect(href.startsWith('/review?')).toBe(true);
			expect(parse(href.slice('/review?'.length))).toEqual({ kind: 'set', request });
		}
	});

	it('defaults to shuffled cram and to the daily limits', () => {
		expect(parse('set=a&mode=cram')).toEqual({ kind: 'set', request: { setId: 'a', mode: 'cram', order: 'shuffled' } });
		expect(parse('set=a&mode=scheduled')).toEqual({ kind: 'set', request: { setId: 'a', mode: 'scheduled', newCards: 'limits' } });
	});

	it('says what is wrong with a bad link instead of guessing a mode', () => {
		expect(parse('set=a')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('scheduled or cram') });
		expect(parse('set=a&mode=cram&order=random')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('"random"') });
		expect(parse('set=a&mode=scheduled&new=-3')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('"-3"') });
		expect(parse('set=&mode=cram')).toMatchObject({ kind: 'invalid' });
	});
});

describe('parseNewCount', () => {
	it('accepts whole numbers from 0 to 999 only', () => {
		expect(parseNewCount('0')).toBe(0);
		expect(parseNewCount(' 25 ')).toBe(25);
		expect(parseNewCount('999')).toBe(999);
		expect(parseNewCount('1000')).toBeNull();
		expect(parseNewCount('2.5')).toBeNull();
		expect(parseNewCount('')).toBeNull();
		expect(parseNewCount('ten')).toBeNull();
	});
});
