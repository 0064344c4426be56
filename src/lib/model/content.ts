// Types of the compiled content bundle: what `content/` turns into at build time, and what the
// app syncs into IndexedDB. Authored files are Markdown with YAML front matter (see
// content/README.md); the compiler validates them into these shapes.

export const ITEM_KINDS = ['concept', 'script', 'table', 'sequence', 'sql', 'schema', 'python', 'scenario'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** The businesses a question models. A domain, never a claim that a named company asks it. */
export const DOMAINS = [
	'general',
	'payments',
	'ride-share',
	'food-delivery',
	'ads',
	'marketplace',
	'streaming-media',
	'e-commerce',
	'social',
	'saas',
	'lodging'
] as const;
export type Domain = (typeof DOMAINS)[number];

export type Difficulty = 1 | 2 | 3;

/** The rounds of a data-engineering loop an item prepares for (the bank's round filter). */
export const ROUNDS = ['phone-screen', 'sql-live', 'python-assessment', 'modeling-onsite', 'system-design', 'behavioural'] as const;
export type Round = (typeof ROUNDS)[number];

/** Fields every item has, whatever its kind. */
export interface ItemBase {
	/** Stable forever: review history hangs on it. */
	id: string;
	kind: ItemKind;
	/** Deck (track) id from content/decks.yaml. */
	deck: string;
	title: string;
	topics: string[];
	difficulty: Difficulty;
	domain: Domain;
	/** Rounds the author named; absent means derived from deck, kind and difficulty (see `roundsOf`). */
	rounds?: Round[];
	/** Path of the authored file, relative to the repository root; for error messages. */
	source: string;
}

export interface ConceptItem extends ItemBase {
	kind: 'concept';
	/** Markdown source and its rendered HTML (rendered at build time from trusted content). */
	prompt: string;
	promptHtml: string;
	answer: string;
	answerHtml: string;
}

export interface ScriptItem extends ItemBase {
	kind: 'script';
	/** The moment in the interview that calls for this script. */
	cue: string;
	/** The words to say, as plain text (paragraph breaks kept). */
	script: string;
	/** Phrases that must appear, each a substring of the script. */
	mustSay: string[];
	/** Words accepted in place of a script word: canonical → alternatives. */
	synonyms: Record<string, string[]>;
	/** Framework phase (1-5) the script belongs to, when it belongs to one. */
	phase: number | null;
	/** Target speaking time in seconds. */
	targetSeconds: number;
	notesHtml: string;
}

export interface TableItem extends ItemBase {
	kind: 'table';
	/** Column headers; the first column is the row key. */
	columns: string[];
	rows: string[][];
	/** Also drill the reverse direction (other cells → row key). */
	reverse: boolean;
	descriptionHtml: string;
}

export interface SequenceStep {
	name: string;
	/** Time budget, e.g. { min: 3, max: 5 } minutes; null when steps are untimed. */
	minutes: { min: number; max: number } | null;
	goal: string;
}

export interface SequenceItem extends ItemBase {
	kind: 'sequence';
	steps: SequenceStep[];
	descriptionHtml: string;
}

/** A result table: column names and rows of SQL values. */
export interface ResultSet {
	columns: string[];
	rows: SqlValue[][];
}
/**
 * A value in a result. Authored expected rows hold text, numbers and NULL; PostgreSQL also returns
 * booleans, which are compared with 0/1 explicitly (never silently equal).
 */
export type SqlValue = string | number | boolean | null;

/** The SQL engines a drill runs on: PostgreSQL (PGlite) and SQLite (sql.js). */
export const DIALECTS = ['postgres', 'sqlite'] as const;
export type Dialect = (typeof DIALECTS)[number];

/**
 * A plausible wrong answer the author wrote, with what it gets wrong. CI proves each one is
 * rejected on both engines; the drill names it when a user's result matches it.
 */
export interface WrongAnswer {
	/** What it gets wrong, in a few words: "Counts refunds twice". */
	title: string;
	whyHtml: string;
	/** Runs on both engines unless `sqlPostgres` is given (then this one is SQLite's). */
	sql: string;
	sqlPostgres?: string;
}

export interface SqlItem extends ItemBase {
	kind: 'sql';
	/** Dataset id: content/datasets/<dataset>.sql */
	dataset: string;
	prompt: string;
	/** May hold dialect-only parts as `<div data-dialect="postgres">`; see `dialectHtml`. */
	promptHtml: string;
	/** The reference solution; on PostgreSQL too unless `solutionPostgres` is given. */
	solution: string;
	/** PostgreSQL's reference, only where `solution` does not run there. */
	solutionPostgres?: string;
	expected: ResultSet;
	/** Row order matters (the prompt asks for an ORDER BY). */
	ordered: boolean;
	/** Column names must match the expected ones (case-insensitive). */
	checkColumnNames: boolean;
	/** A hint that starts with "(PostgreSQL) " or "(SQLite) " belongs to that dialect only. */
	hints: string[];
	explanationHtml: string;
	/** A solve time that counts as fluent, in seconds; drives the Easy suggestion. */
	targetSeconds: number;
	/** Absent on own cards and on items from older bundles. */
	wrongAnswers?: WrongAnswer[];
}

/**
 * One hidden statement that tests a user's DDL. Statements run in order, on the tables the DDL
 * built, each kept when it succeeds, so a later check sees the rows an earlier one inserted.
 * - `accepts`: a statement that must succeed (a valid row);
 * - `rejects`: one that must fail (a duplicate event id, a negative amount, an orphan);
 * - `returns`: a query that must return `expected`;
 * - `index`: an index on `table` must lead with `columns`, in order (a named access path).
 */
export type SchemaCheck =
	| { kind: 'accepts' | 'rejects'; label: string; sql: string; because: string | null }
	| { kind: 'returns'; label: string; sql: string; expected: ResultSet; ordered: boolean; because: string | null }
	| { kind: 'index'; label: string; table: string; columns: string[]; because: string };

/** Write the DDL for a business need, on PostgreSQL; a battery of hidden checks says what it lets through. */
export interface SchemaItem extends ItemBase {
	kind: 'schema';
	prompt: string;
	promptHtml: string;
	/** The reference DDL (PostgreSQL). */
	solution: string;
	checks: SchemaCheck[];
	hints: string[];
	explanationHtml: string;
	targetSeconds: number;
	/** Plausible wrong DDLs, each failing at least one check (CI proves it). */
	wrongAnswers: WrongAnswer[];
}

export interface PythonItem extends ItemBase {
	kind: 'python';
	prompt: string;
	promptHtml: string;
	starter: string;
	solution: string;
	/** Python source defining `test_*` functions that use plain `assert`. */
	tests: string;
	hints: string[];
	explanationHtml: string;
	targetSeconds: number;
}

export interface ScenarioColumn {
	name: string;
	type: string;
	key?: 'pk' | 'fk' | 'pk,fk' | 'uk';
	/** `table.column` this column references. */
	references?: string;
	note?: string;
}

export interface ScenarioTable {
	name: string;
	/** Where the ER diagram draws it. */
	group: 'dimension' | 'fact' | 'module';
	grain: string;
	columns: ScenarioColumn[];
}

export interface ScenarioQuery {
	id: string;
	stakeholder: string;
	title: string;
	question: string;
	sql: string;
	/** PostgreSQL's version, only where `sql` does not run there. */
	sqlPostgres?: string;
	expected: ResultSet;
	ordered: boolean;
}

export interface ScenarioCard {
	id: string;
	prompt: string;
	answer: string;
	promptHtml: string;
	answerHtml: string;
}

export interface ScenarioSection {
	id: string;
	title: string;
	html: string;
}

export interface BreakIt {
	id: string;
	label: string;
	/** What the safeguard is and what goes wrong without it. */
	explanationHtml: string;
	/** SQL run after the dataset loads that removes the safeguard (and lets bad rows in). */
	breakSql: string;
	breakSqlPostgres?: string;
	/** The query whose result goes wrong, run before and after breaking. */
	querySql: string;
	querySqlPostgres?: string;
}

/** One step of a scenario's worked example: a sentence and the SQL that proves its number. */
export interface WorkedExampleStep {
	/** Markdown source and its rendered HTML. */
	text: string;
	textHtml: string;
	/** Returns exactly one row with one value, checked against `value` by verify:content. */
	sql: string;
	sqlPostgres?: string;
	value: number | string;
}

/**
 * A walk-through that ends on a number one of the scenario's queries also returns, so the prose
 * and the queries cannot drift apart (checked at compile time; the steps' SQL in verify:content).
 */
export interface WorkedExample {
	title: string;
	steps: WorkedExampleStep[];
	result: {
		value: number | string;
		/** Id of one of the scenario's queries. */
		query: string;
		/** 0-based index into that query's expected rows. */
		row: number;
		/** One of that query's expected columns. */
		column: string;
	};
}

export interface ScenarioItem extends ItemBase {
	kind: 'scenario';
	slug: string;
	summary: string;
	dataset: string;
	sections: ScenarioSection[];
	tables: ScenarioTable[];
	queries: ScenarioQuery[];
	cards: ScenarioCard[];
	breakIts: BreakIt[];
	workedExample: WorkedExample;
}

export type Item = ConceptItem | ScriptItem | TableItem | SequenceItem | SqlItem | SchemaItem | PythonItem | ScenarioItem;

export type ItemOfKind<K extends ItemKind> = Extract<Item, { kind: K }>;

export interface Deck {
	id: string;
	name: string;
	description: string;
	order: number;
}

export interface Dataset {
	id: string;
	title: string;
	/** Schema plus seed rows for SQLite, runnable as one script. */
	sql: string;
	/** The same tables and values for PostgreSQL, with its own triggers and constraints where they differ. */
	postgres: string;
	source: string;
}

/** A route through the bank, studied in order: a case study followed across an interview loop. */
export interface LearningPath {
	id: string;
	title: string;
	description: string;
	sections: { title: string; summary: string; items: string[] }[];
}

export interface ContentBundle {
	/** Hash of everything below; the app re-syncs only when it changes. */
	hash: string;
	decks: Deck[];
	paths: LearningPath[];
	datasets: Dataset[];
	items: Item[];
}

/** The small part of the bundle the first screen needs without loading the bundle itself. */
export interface ContentMeta {
	hash: string;
	total: number;
	counts: Partial<Record<ItemKind, number>>;
	/** Deck names and order, small enough for the first screen. */
	decks: Deck[];
	/** The paths: a few ids each, small enough too. */
	paths: LearningPath[];
}
