import type {
	BreakIt,
	ItemBase,
	ScenarioCard,
	ScenarioColumn,
	ScenarioItem,
	ScenarioQuery,
	ScenarioSection,
	ScenarioTable,
	WorkedExample,
	WorkedExampleStep
} from '../../model/index.ts';
import { DEFAULT_TOLERANCE, formatValue, valuesEqual } from '../../runners/checking/values.ts';
import { slugify } from '../cards.ts';
import {
	describe,
	fieldProblem,
	oneOf,
	optionalBoolean,
	optionalList,
	optionalString,
	recordsOf,
	rejectUnknownKeys,
	requireId,
	requireList,
	requireRecord,
	requireString,
	requireUnique,
	type FieldContext
} from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import { dialectContainers } from '../dialect.ts';

/** Markdown shown on the scenario page, where `::: postgres` / `::: sqlite` blocks follow the chosen dialect. */
function pageMarkdown(ctx: FieldContext, where: string, text: string): string {
	return renderMarkdown(dialectContainers(text, (problem) => ctx.problems.push(`${ctx.file}: ${where}: ${problem}`)));
}
import { splitSections } from '../sections.ts';
import { readResultSet, requireDataset, type KindInput } from './shared.ts';

export const scenarioKeys = ['summary', 'dataset', 'tables', 'queries', 'cards', 'breakIts', 'workedExample'] as const;

const GROUPS = ['dimension', 'fact', 'module'] as const;
const COLUMN_KEYS = ['pk', 'fk', 'pk,fk', 'uk'] as const;

function readColumn(ctx: FieldContext): ScenarioColumn {
	rejectUnknownKeys(ctx, ['name', 'type', 'key', 'references', 'note']);
	const column: ScenarioColumn = { name: requireString(ctx, 'name'), type: requireString(ctx, 'type') };
	if (ctx.data.key != null) column.key = oneOf(ctx, 'key', COLUMN_KEYS);
	const references = optionalString(ctx, 'references', '');
	if (references) column.references = references;
	const note = optionalString(ctx, 'note', '');
	if (note) column.note = note;
	return column;
}

function readTables(fm: FieldContext): ScenarioTable[] {
	const tables = recordsOf(fm, 'tables', requireList(fm, 'tables', 1)).map((ctx): ScenarioTable => {
		rejectUnknownKeys(ctx, ['name', 'group', 'grain', 'columns']);
		const columns = recordsOf(ctx, 'columns', requireList(ctx, 'columns', 1)).map(readColumn);
		requireUnique(ctx, 'columns', columns, (c) => c.name);
		return { name: requireString(ctx, 'name'), group: oneOf(ctx, 'group', GROUPS), grain: requireString(ctx, 'grain'), columns };
	});
	requireUnique(fm, 'tables', tables, (t) => t.name);

	// References are checked after every table is read, so a fact may point at a later dimension.
	const known = new Set(tables.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`)));
	tables.forEach((table, i) =>
		table.columns.forEach((column, j) => {
			if (column.references && !known.has(column.references)) {
				const at = `tables[${i}].columns[${j}].references`;
				fm.problems.push(`${fm.file}: field "${at}" names "${column.references}", which is not a table.column of this scenario`);
			}
		})
	);
	return tables;
}

function readQueries(fm: FieldContext): ScenarioQuery[] {
	const queries = recordsOf(fm, 'queries', requireList(fm, 'queries', 1)).map((ctx): ScenarioQuery => {
		rejectUnknownKeys(ctx, ['id', 'stakeholder', 'title', 'question', 'sql', 'sqlPostgres', 'expected', 'ordered']);
		return {
			id: requireId(ctx, 'id'),
			stakeholder: requireString(ctx, 'stakeholder'),
			title: requireString(ctx, 'title'),
			question: requireString(ctx, 'question'),
			sql: requireString(ctx, 'sql'),
			...postgresOverride(ctx, 'sql'),
			expected: readResultSet(ctx, 'expected'),
			ordered: optionalBoolean(ctx, 'ordered', false)
		};
	});
	requireUnique(fm, 'queries', queries, (q) => q.id);
	return queries;
}

function readCards(fm: FieldContext): ScenarioCard[] {
	const cards = recordsOf(fm, 'cards', requireList(fm, 'cards', 1)).map((ctx): ScenarioCard => {
		rejectUnknownKeys(ctx, ['id', 'prompt', 'answer']);
		const prompt = requireString(ctx, 'prompt');
		const answer = requireString(ctx, 'answer');
		return { id: requireId(ctx, 'id'), prompt, answer, promptHtml: renderMarkdown(prompt), answerHtml: renderMarkdown(answer) };
	});
	// Card ids become `${itemId}::card:${id}`: they carry review history.
	requireUnique(fm, 'cards', cards, (c) => c.id);
	return cards;
}

function readBreakIts(fm: FieldContext): BreakIt[] {
	const breakIts = recordsOf(fm, 'breakIts', optionalList(fm, 'breakIts')).map((ctx): BreakIt => {
		rejectUnknownKeys(ctx, ['id', 'label', 'explanation', 'breakSql', 'breakSqlPostgres', 'querySql', 'querySqlPostgres']);
		return {
			id: requireId(ctx, 'id'),
			label: requireString(ctx, 'label'),
			explanationHtml: pageMarkdown(ctx, `field "${ctx.at}.explanation"`, requireString(ctx, 'explanation')),
			breakSql: requireString(ctx, 'breakSql'),
			...postgresOverride(ctx, 'breakSql'),
			querySql: requireString(ctx, 'querySql'),
			...postgresOverride(ctx, 'querySql')
		};
	});
	requireUnique(fm, 'breakIts', breakIts, (b) => b.id);
	return breakIts;
}

/**
 * `<key>Postgres`: the PostgreSQL version of a SQL field, given only where the SQLite one does not
 * run there. Spread into the record, so an absent override leaves no key.
 */
function postgresOverride<K extends string>(ctx: FieldContext, key: K): { [P in `${K}Postgres`]?: string } {
	const name = `${key}Postgres`;
	if (ctx.data[name] === undefined) return {};
	const value = requireString(ctx, name);
	if (value.trim() === String(ctx.data[key] ?? '').trim()) fieldProblem(ctx, name, `is the same as "${key}": leave it out`);
	return { [name]: value } as { [P in `${K}Postgres`]?: string };
}

/** A required number or text value (a cell of a result); null when missing or of another type. */
function requireValue(ctx: FieldContext, key: string): number | string | null {
	const value = ctx.data[key];
	if (value === undefined || value === null) {
		fieldProblem(ctx, key, 'is missing');
		return null;
	}
	if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'string') return value;
	fieldProblem(ctx, key, `must be a number or text (got ${describe(value)})`);
	return null;
}

/**
 * `workedExample: {title, steps: [{text, sql, value}], result: {value, query, row, column}}`. The
 * result must be a cell of one of the scenario's queries' expected rows, so the walk-through and
 * the stakeholder queries cannot disagree; the steps' SQL is run by verify:content.
 */
function readWorkedExample(fm: FieldContext, queries: ScenarioQuery[]): WorkedExample {
	const empty: WorkedExample = { title: '', steps: [], result: { value: '', query: '', row: 0, column: '' } };
	const ctx = requireRecord(fm, 'workedExample');
	if (!ctx) return empty;
	rejectUnknownKeys(ctx, ['title', 'steps', 'result']);
	const title = requireString(ctx, 'title');
	const steps = recordsOf(ctx, 'steps', requireList(ctx, 'steps', 1)).map((step): WorkedExampleStep => {
		rejectUnknownKeys(step, ['text', 'sql', 'sqlPostgres', 'value']);
		const text = requireString(step, 'text');
		return { text, textHtml: pageMarkdown(step, `field "${step.at}.text"`, text), sql: requireString(step, 'sql'), ...postgresOverride(step, 'sql'), value: requireValue(step, 'value') ?? '' };
	});
	const result = requireRecord(ctx, 'result');
	if (!result) return { ...empty, title, steps };
	rejectUnknownKeys(result, ['value', 'query', 'row', 'column']);
	const value = requireValue(result, 'value');
	const queryId = requireString(result, 'query');
	const column = requireString(result, 'column');
	const rawRow = result.data.row;
	const rowOk = typeof rawRow === 'number' && Number.isInteger(rawRow) && rawRow >= 0;
	if (rawRow === undefined || rawRow === null) fieldProblem(result, 'row', 'is missing');
	else if (!rowOk) fieldProblem(result, 'row', `must be a whole number from 0 (got ${describe(rawRow)})`);
	const row = rowOk ? rawRow : 0;

	const out: WorkedExample = { title, steps, result: { value: value ?? '', query: queryId, row, column } };
	if (!queryId) return out;
	const query = queries.find((q) => q.id === queryId);
	if (!query) {
		const known = queries.map((q) => `"${q.id}"`).join(', ');
		fieldProblem(result, 'query', `names "${queryId}", which is not one of this scenario's queries (${known || 'none'})`);
		return out;
	}
	const { rows, columns } = query.expected;
	if (!rowOk) return out;
	if (row >= rows.length) {
		fieldProblem(result, 'row', `is ${row}, but query "${queryId}" expects ${rows.length} row${rows.length === 1 ? '' : 's'} (0-based)`);
		return out;
	}
	const index = columns.indexOf(column);
	if (column && index < 0) {
		fieldProblem(result, 'column', `names "${column}", which is not a column of query "${queryId}" (${columns.join(', ')})`);
		return out;
	}
	if (index < 0 || value === null) return out;
	const cell = rows[row][index] ?? null;
	if (!valuesEqual(cell, value, DEFAULT_TOLERANCE)) {
		fieldProblem(
			result,
			'value',
			`is ${formatValue(value)}, but query "${queryId}" expects ${formatValue(cell)} in row ${row}, column "${column}"`
		);
	}
	return out;
}

function readBodySections(input: KindInput): ScenarioSection[] {
	const split = splitSections(input.body);
	if (split.intro) input.problems.push(`${input.file}: text before the first "## " section heading`);
	if (split.sections.length === 0) input.problems.push(`${input.file}: the body has no "## " sections`);
	const sections = split.sections.map((s) => ({ id: slugify(s.title), title: s.title, html: pageMarkdown(input.fm, `section "## ${s.title}"`, s.content) }));
	const seen = new Set<string>();
	for (const section of sections) {
		if (seen.has(section.id)) input.problems.push(`${input.file}: section "## ${section.title}" appears more than once`);
		seen.add(section.id);
	}
	return sections;
}

/**
 * A worked design case: `content/scenarios/<slug>/scenario.md`. The ER model, stakeholder queries,
 * key-decision cards and break-it demos live in the front matter; the body holds the prose sections.
 */
export function compileScenario(base: ItemBase, input: KindInput): ScenarioItem {
	const { fm } = input;
	const slug = input.file.split('/').at(-2) ?? '';
	const dataset = requireId(fm, 'dataset');
	requireDataset(input, fm, dataset);
	if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) {
		input.problems.push(`${input.file}: the folder name "${slug}" must be lowercase letters, digits and dashes`);
	}
	const sections = readBodySections(input);
	const tables = readTables(fm);
	const queries = readQueries(fm);
	return {
		...base,
		kind: 'scenario',
		slug,
		summary: requireString(fm, 'summary'),
		dataset,
		sections,
		tables,
		queries,
		cards: readCards(fm),
		breakIts: readBreakIts(fm),
		workedExample: readWorkedExample(fm, queries)
	};
}
