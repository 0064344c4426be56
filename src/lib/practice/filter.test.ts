import { describe, expect, it } from 'vitest';
import { describeFilter } from './labels';
import { activeCount, EMPTY_FILTER, filterQuery, parseFilter, serializeFilter, toggleValue, type BankFilter } from './filter';

const parse = (query: string) => parseFilter(new URLSearchParams(query));

describe('parseFilter', () => {
	it('reads every dimension from comma-separated parameters', () => {
		expect(parse('q=rank&kind=sql,python&deck=sql&topic=windows,joins&difficulty=2&domain=payments&status=due,lapsed&round=sql-live&company=stripe&origin=mine')).toEqual({
			q: 'rank',
			kinds: ['sql', 'python'],
			decks: ['sql'],
			topics: ['joins', 'windows'],
			difficulties: [2],
			domains: ['payments'],
			statuses: ['due', 'lapsed'],
			rounds: ['sql-live'],
			company: 'stripe',
			origin: 'mine'
		} satisfies BankFilter);
	});

	it('accepts repeated parameters as well as commas', () => {
		expect(parse('kind=sql&kind=python,concept').kinds).toEqual(['concept', 'sql', 'python']);
	});

	it('drops unknown values, junk parameters and repeats instead of failing', () => {
		const filter = parse('kind=sql,spreadsheet,sql&difficulty=7,2,x&status=maybe,never-solved&domain=mars&origin=yours&utm_source=mail&topic=,,');
		expect(filter).toEqual({ ...EMPTY_FILTER, kinds: ['sql'], difficulties: [2], statuses: ['never-solved'] });
	});

	it('gives the empty filter for an empty query', () => {
		expect(parse('')).toEqual(EMPTY_FILTER);
	});

	it('caps absurdly long values so a hostile URL stays cheap', () => {
		const filter = parse(`q=${'a'.repeat(5000)}&topic=${'b'.repeat(500)}`);
		expect(filter.q).toHaveLength(200);
		expect(filter.topics).toEqual([]);
	});
});

describe('serializeFilter', () => {
	it('round-trips through the URL', () => {
		const filter: BankFilter = {
			q: 'window functions',
			kinds: ['concept', 'scenario'],
			decks: ['modeling'],
			topics: ['scd', 'grain'],
			difficulties: [1, 3],
			domains: ['ads'],
			rounds: ['phone-screen', 'system-design'],
			company: 'meta',
			statuses: ['new'],
			origin: 'mine'
		};
		expect(parse(filterQuery(filter))).toEqual({ ...filter, topics: ['grain', 'scd'] });
	});

	it('writes equal filters as equal query strings, whatever order values were picked in', () => {
		const a = toggleValue(toggleValue(EMPTY_FILTER, 'kinds', 'python'), 'kinds', 'sql');
		const b = toggleValue(toggleValue(EMPTY_FILTER, 'kinds', 'sql'), 'kinds', 'python');
		expect(filterQuery(a)).toBe(filterQuery(b));
		expect(filterQuery(a)).toBe('kind=sql%2Cpython');
	});

	it('leaves out empty dimensions and blank search', () => {
		expect(serializeFilter({ ...EMPTY_FILTER, q: '   ' }).toString()).toBe('');
	});
});

describe('toggleValue and activeCount', () => {
	it('switches a value on and off and counts constraints without the search', () => {
		const on = toggleValue({ ...EMPTY_FILTER, q: 'x' }, 'statuses', 'due');
		expect(on.statuses).toEqual(['due']);
		expect(activeCount(on)).toBe(1);
		expect(activeCount({ ...on, origin: 'mine' })).toBe(2);
		expect(toggleValue(on, 'statuses', 'due').statuses).toEqual([]);
	});
});

describe('describeFilter', () => {
	it('reads a filter in a few words, and an empty one as every question', () => {
		const names = (id: string) => ({ sql: 'SQL drills' })[id] ?? id;
		expect(describeFilter(parse('kind=sql,scenario&deck=sql&status=never-solved&domain=food-delivery&difficulty=3&origin=mine&q=rank'), names)).toBe(
			'SQL or Scenario card · SQL drills · Hard · Food delivery · Never solved · Mine · “rank”'
		);
		expect(describeFilter(EMPTY_FILTER, names)).toBe('Every question');
	});
});

describe('round and company filters', () => {
	it('keeps only known rounds and company presets from the URL', () => {
		expect(parse('round=sql-live,karaoke&company=acme-corp')).toEqual({ ...EMPTY_FILTER, rounds: ['sql-live'] });
		expect(parse('company=uber').company).toBe('uber');
	});

	it('counts a company preset as one active filter', () => {
		expect(activeCount({ ...EMPTY_FILTER, company: 'stripe', rounds: ['behavioural'] })).toBe(2);
	});
});
