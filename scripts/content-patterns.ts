// The interview patterns the bank must cover, counted from the items' `topics`. content:check prints
// the table; content-patterns.test.ts holds each pattern to its minimum, so a rename or a deleted
// drill that opens a hole again fails the suite instead of going unnoticed.
import type { ContentBundle, ItemKind } from '../src/lib/model/index.ts';

export interface Pattern {
	name: string;
	kind: Extract<ItemKind, 'sql' | 'python'>;
	atLeast: number;
	/** True when an item's topics (lower-cased) show it drills this pattern. */
	matches: (topics: ReadonlySet<string>) => boolean;
}

const any =
	(...wanted: string[]) =>
	(topics: ReadonlySet<string>) =>
		wanted.some((topic) => topics.has(topic));
const both =
	(first: Pattern['matches'], second: Pattern['matches']) =>
	(topics: ReadonlySet<string>) =>
		first(topics) && second(topics);

const scd2 = any('scd type 2', 'scd2');

export const PATTERNS: readonly Pattern[] = [
	{ name: 'median and percentiles', kind: 'sql', atLeast: 5, matches: any('median', 'percentile', 'percentile_cont', 'percentile_disc') },
	{ name: 'retention cohorts', kind: 'sql', atLeast: 5, matches: any('retention', 'cohort', 'cohorts') },
	{ name: 'moving averages', kind: 'sql', atLeast: 5, matches: any('moving average', 'rolling windows') },
	{ name: 'year-over-year, period-over-period', kind: 'sql', atLeast: 5, matches: any('year-over-year', 'period-over-period', 'month-over-month') },
	{ name: 'histogram buckets', kind: 'sql', atLeast: 5, matches: any('histogram', 'histograms') },
	{ name: 'market-basket pairs', kind: 'sql', atLeast: 5, matches: any('market basket') },
	{ name: 'recursive hierarchies', kind: 'sql', atLeast: 5, matches: both(any('recursive cte', 'recursive'), any('hierarchies', 'org chart')) },
	{ name: 'SCD Type 2 built from snapshots', kind: 'sql', atLeast: 5, matches: both(scd2, any('snapshots')) },
	{ name: 'funnels', kind: 'sql', atLeast: 5, matches: any('funnel', 'funnels') },
	{ name: 'self-joins', kind: 'sql', atLeast: 5, matches: any('self join', 'self-join') },
	{
		name: 'classic puzzles: Nth highest, top N per group with ties',
		kind: 'sql',
		atLeast: 5,
		matches: (topics) => topics.has('nth highest') || (topics.has('top-n per group') && topics.has('ties'))
	},
	{ name: 'dependency order (topological sort)', kind: 'python', atLeast: 4, matches: any('topological sort', 'dependencies') },
	{ name: 'an LRU cache', kind: 'python', atLeast: 4, matches: any('lru cache') },
	{ name: 'flattening nested JSON', kind: 'python', atLeast: 4, matches: both(any('nested data', 'flattening'), any('json', 'nested data')) },
	{
		name: 'a file too big for memory, with generators',
		kind: 'python',
		atLeast: 4,
		matches: both(any('generators'), any('memory', 'streaming', 'lazy evaluation', 'batching'))
	}
];

export interface PatternCount {
	pattern: Pattern;
	ids: string[];
}

export function countPatterns(bundle: ContentBundle): PatternCount[] {
	return PATTERNS.map((pattern) => ({
		pattern,
		ids: bundle.items
			.filter((item) => item.kind === pattern.kind && pattern.matches(new Set(item.topics.map((topic) => topic.toLowerCase()))))
			.map((item) => item.id)
	}));
}

/** One line per pattern: its kind, how many drills and the minimum, marked where it falls short. */
export function formatPatterns(counts: readonly PatternCount[]): string {
	const width = Math.max('pattern'.length, ...counts.map(({ pattern }) => pattern.name.length));
	const line = (name: string, kind: string, drills: string, atLeast: string, mark = '') =>
		`  ${name.padEnd(width)}  ${kind.padEnd(6)}  ${drills.padStart(6)}  ${atLeast.padStart(8)}${mark}`;
	return [
		line('pattern', 'kind', 'drills', 'at least'),
		...counts.map(({ pattern, ids }) =>
			line(pattern.name, pattern.kind, String(ids.length), String(pattern.atLeast), ids.length < pattern.atLeast ? '  ← short' : '')
		)
	].join('\n');
}
