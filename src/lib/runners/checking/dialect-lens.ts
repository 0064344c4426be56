// When a query fails because it speaks the other engine's dialect (strftime on PostgreSQL, `::` on
// SQLite), says so and shows the equivalent in the dialect the drill runs on. Pure.

import type { Dialect } from '../../model/index';

export interface DialectHint {
	/** The construct as the user wrote it: "strftime", "::". */
	construct: string;
	/** What to write instead, in the dialect the query ran on. */
	advice: string;
}

interface Rule {
	construct: string;
	/** Matches the query with strings and comments blanked out. */
	pattern: RegExp;
	/** When given, the engine's error must match too (the construct alone is not proof). */
	error?: RegExp;
	advice: string;
}

/** SQLite habits that PostgreSQL rejects. */
const ON_POSTGRES: Rule[] = [
	{ construct: 'strftime', pattern: /\bstrftime\s*\(/i, advice: "to_char(ts, 'YYYY-MM') for text, date_trunc('month', ts) for the first instant of the month, EXTRACT(YEAR FROM ts) for a number." },
	{ construct: 'julianday', pattern: /\bjulianday\s*\(/i, advice: 'subtract: date2 - date1 is a number of days for dates; for timestamps, EXTRACT(EPOCH FROM ts2 - ts1) / 86400.' },
	{ construct: "date(x, '+1 day')", pattern: /\b(date|datetime)\s*\([^()]*,\s*'[+-]?\s*\d+\s*(day|days|hour|hours|minute|minutes|month|months|year|years|second|seconds)'/i, advice: "add an interval: d + INTERVAL '1 day', ts - INTERVAL '2 hours'; ts::date for the date part." },
	{ construct: "date('now')", pattern: /\b(date|datetime)\s*\(\s*'now'/i, advice: 'CURRENT_DATE for today, now() (or CURRENT_TIMESTAMP) for this instant.' },
	{ construct: 'unixepoch', pattern: /\bunixepoch\s*\(/i, advice: 'EXTRACT(EPOCH FROM ts) gives seconds since 1970.' },
	{ construct: 'ifnull', pattern: /\bifnull\s*\(/i, advice: 'COALESCE(x, fallback), which both engines have.' },
	{ construct: 'iif', pattern: /\biif\s*\(/i, advice: 'CASE WHEN condition THEN a ELSE b END.' },
	{ construct: 'group_concat', pattern: /\bgroup_concat\s*\(/i, advice: "string_agg(x, ',' ORDER BY x)." },
	{ construct: 'instr', pattern: /\binstr\s*\(/i, advice: 'strpos(text, part), or position(part IN text).' },
	{ construct: 'total', pattern: /\btotal\s*\(/i, error: /function total/i, advice: 'COALESCE(SUM(x), 0): SUM over no rows is NULL.' },
	{ construct: 'SUM of a comparison', pattern: /\bsum\s*\([^()]*(=|<|>|\bis\b|\blike\b|\bin\b)/i, error: /sum\(boolean\)/i, advice: 'a comparison is a boolean here: COUNT(*) FILTER (WHERE condition), or SUM(CASE WHEN condition THEN 1 ELSE 0 END).' },
	{ construct: 'AVG of a comparison', pattern: /\bavg\s*\([^()]*(=|<|>|\bis\b|\blike\b|\bin\b)/i, error: /avg\(boolean\)/i, advice: 'a comparison is a boolean here: AVG(CASE WHEN condition THEN 1.0 ELSE 0 END), or AVG((condition)::int).' },
	{ construct: 'MAX(a, b)', pattern: /\b(max|min)\s*\([^()]*,/i, error: /function (max|min)\(/i, advice: 'GREATEST(a, b) and LEAST(a, b); MAX and MIN take one column and aggregate it.' },
	{ construct: 'a flag compared with 0 or 1', pattern: /=\s*[01]\b/, error: /operator does not exist: boolean = integer/i, advice: 'compare a boolean with TRUE or FALSE, or use it as the condition itself: WHERE is_active, WHERE NOT is_active.' },
	{ construct: 'ROUND of a double', pattern: /\bround\s*\(/i, error: /round\(double precision, integer\)/i, advice: 'ROUND(x, n) takes numeric here: ROUND(x::numeric, 2), or ROUND(CAST(x AS numeric), 2).' },
	{ construct: 'a column neither grouped nor aggregated', pattern: /\bgroup\s+by\b/i, error: /must appear in the GROUP BY clause/i, advice: 'SQLite lets a query select a column it neither groups by nor aggregates; PostgreSQL does not. Add the column to GROUP BY, or wrap it in an aggregate such as MIN() or MAX().' },
	{ construct: 'INSERT OR REPLACE', pattern: /\binsert\s+or\s+(replace|ignore)\b/i, advice: 'INSERT … ON CONFLICT (key) DO UPDATE SET … (or DO NOTHING).' },
	{ construct: 'AUTOINCREMENT', pattern: /\bautoincrement\b/i, advice: 'id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY (or serial).' }
];

/** PostgreSQL habits that SQLite rejects. */
const ON_SQLITE: Rule[] = [
	{ construct: '::', pattern: /::\s*[a-z_]/i, advice: 'CAST(x AS INTEGER), CAST(x AS REAL), CAST(x AS TEXT); dates are text, so a date needs no cast.' },
	{ construct: 'date_trunc', pattern: /\bdate_trunc\s*\(/i, advice: "strftime('%Y-%m-01', ts) or date(ts, 'start of month') for the month; date(ts) for the day." },
	{ construct: 'INTERVAL', pattern: /\binterval\s*'/i, advice: "date(d, '+7 days'), datetime(ts, '-2 hours'): SQLite adds time with modifiers." },
	{ construct: 'EXTRACT', pattern: /\bextract\s*\(/i, advice: "CAST(strftime('%Y', ts) AS INTEGER) for a part; (julianday(b) - julianday(a)) * 86400 or unixepoch(b) - unixepoch(a) for seconds between." },
	{ construct: 'date_part', pattern: /\bdate_part\s*\(/i, advice: "CAST(strftime('%m', ts) AS INTEGER) for the month, '%Y' for the year, '%w' for the weekday." },
	{ construct: 'to_char', pattern: /\bto_char\s*\(/i, advice: "strftime('%Y-%m', ts); the format codes are strftime's (%Y, %m, %d, %H)." },
	{ construct: 'age', pattern: /\bage\s*\(/i, advice: 'julianday(b) - julianday(a) for days between.' },
	{ construct: 'now()', pattern: /\bnow\s*\(\s*\)/i, advice: "datetime('now'), or CURRENT_TIMESTAMP." },
	{ construct: 'ILIKE', pattern: /\bilike\b/i, advice: "LIKE already ignores case for ASCII letters in SQLite; for certainty, lower(x) LIKE lower('pattern')." },
	{ construct: 'DISTINCT ON', pattern: /\bdistinct\s+on\s*\(/i, advice: 'ROW_NUMBER() OVER (PARTITION BY key ORDER BY …) AS rn in a CTE, then WHERE rn = 1.' },
	{ construct: 'GREATEST', pattern: /\b(greatest|least)\s*\(/i, advice: 'max(a, b) and min(a, b): with two or more arguments they compare values in a row.' },
	{ construct: 'generate_series', pattern: /\bgenerate_series\s*\(/i, advice: 'a recursive CTE: WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < 10) SELECT n FROM s.' },
	{ construct: "DATE '…'", pattern: /\b(date|timestamp)\s+'\d{4}-/i, advice: "write the text alone, '2024-03-01': SQLite stores dates as ISO text and compares them as text." },
	{ construct: 'ARRAY', pattern: /\barray\s*\[|\bany\s*\(/i, advice: 'SQLite has no arrays: use IN (…), or a table of values joined in.' },
	{ construct: 'LATERAL', pattern: /\blateral\b/i, advice: 'a correlated subquery in the SELECT list, or a window function.' }
];

const RULES: Record<Dialect, Rule[]> = { postgres: ON_POSTGRES, sqlite: ON_SQLITE };

/** The query with string literals, quoted identifiers and comments blanked, so `'::'` is not a cast. */
function code(query: string): string {
	return query
		.replace(/--[^\n]*/g, ' ')
		.replace(/\/\*[\s\S]*?\*\//g, ' ')
		.replace(/'(?:[^']|'')*'/g, (literal) => (/^'\d{4}-/.test(literal) || /^'[+-]?\s*\d+\s*[a-z]+'$/i.test(literal) || literal === "'now'" ? literal : "''"))
		.replace(/"(?:[^"]|"")*"/g, '""');
}

/**
 * Example: dialectLens("SELECT strftime('%Y', paid_at) FROM t", 'function strftime(unknown, date) does not exist', 'postgres')
 *   → [{ construct: 'strftime', advice: "to_char(ts, 'YYYY-MM') for text, …" }]
 * Only for a query that failed: a construct that ran is not a mistake.
 */
export function dialectLens(query: string, error: string, dialect: Dialect): DialectHint[] {
	const text = code(query);
	return RULES[dialect]
		.filter((rule) => rule.pattern.test(text) && (!rule.error || rule.error.test(error)))
		.slice(0, 3)
		.map(({ construct, advice }) => ({ construct, advice }));
}
