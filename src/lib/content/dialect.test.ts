import { describe, expect, it } from 'vitest';
import { hintsFor, inDialect } from './dialect';

describe('hintsFor', () => {
	const hints = ['Group first.', '(PostgreSQL) Use date_trunc.', '(SQLite) Use strftime.'];

	it('keeps shared hints and the chosen dialect’s, without their tag', () => {
		expect(hintsFor(hints, 'postgres')).toEqual(['Group first.', 'Use date_trunc.']);
		expect(hintsFor(hints, 'sqlite')).toEqual(['Group first.', 'Use strftime.']);
	});
});

describe('inDialect', () => {
	it('takes the PostgreSQL override only on PostgreSQL, and only when there is one', () => {
		expect(inDialect('a', 'b', 'postgres')).toBe('b');
		expect(inDialect('a', 'b', 'sqlite')).toBe('a');
		expect(inDialect('a', undefined, 'postgres')).toBe('a');
	});
});
