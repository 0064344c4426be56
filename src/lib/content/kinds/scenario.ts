import type { BreakIt, ItemBase, ScenarioCard, ScenarioColumn, ScenarioItem, ScenarioQuery, ScenarioSection, ScenarioTable } from '../types.ts';
import { slugify } from '../cards.ts';
import {
	oneOf,
	optionalBoolean,
	optionalList,
	optionalString,
	recordsOf,
	rejectUnknownKeys,
	requireId,
	requireList,
	requireString,
	requireUnique,
	type FieldContext
} from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import { splitSections } from '../sections.ts';
import { readResultSet, requireDataset, type KindInput } from './shared.ts';

export const scenarioKeys = ['summary', 'dataset', 'tables', 'queries', 'cards', 'breakIts'] as const;

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
		rejectUnknownKeys(ctx, ['id', 'stakeholder', 'title', 'question', 'sql', 'expected', 'ordered']);
		return {
			id: requireId(ctx, 'id'),
			stakeholder: requireString(ctx, 'stakeholder'),
			title: requireString(ctx, 'title'),
			question: requireString(ctx, 'question'),
			sql: requireString(ctx, 'sql'),
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
		rejectUnknownKeys(ctx, ['id', 'label', 'explanation', 'breakSql', 'querySql']);
		return {
			id: requireId(ctx, 'id'),
			label: requireString(ctx, 'label'),
			explanationHtml: renderMarkdown(requireString(ctx, 'explanation')),
			breakSql: requireString(ctx, 'breakSql'),
			querySql: requireString(ctx, 'querySql')
		};
	});
	requireUnique(fm, 'breakIts', breakIts, (b) => b.id);
	return breakIts;
}

function readBodySections(input: KindInput): ScenarioSection[] {
	const split = splitSections(input.body);
	if (split.intro) input.problems.push(`${input.file}: text before the first "## " section heading`);
	if (split.sections.length === 0) input.problems.push(`${input.file}: the body has no "## " sections`);
	const sections = split.sections.map((s) => ({ id: slugify(s.title), title: s.title, html: renderMarkdown(s.content) }));
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
	return {
		...base,
		kind: 'scenario',
		slug,
		summary: requireString(fm, 'summary'),
		dataset,
		sections: readBodySections(input),
		tables: readTables(fm),
		queries: readQueries(fm),
		cards: readCards(fm),
		breakIts: readBreakIts(fm)
	};
}
