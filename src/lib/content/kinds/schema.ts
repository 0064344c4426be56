import type { ItemBase, SchemaCheck, SchemaItem } from '../../model/index.ts';
import { bulletList } from '../sections.ts';
import { fieldProblem, optionalBoolean, optionalInteger, recordsOf, rejectUnknownKeys, requireList, requireString, type FieldContext } from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import { readResultSet, readSections, sectionCode, type KindInput } from './shared.ts';
import { MIN_WRONG_ANSWERS, wrongAnswers } from './sql.ts';

export const schemaKeys = ['targetSeconds', 'checks'] as const;

const CHECK_KINDS = ['accepts', 'rejects', 'returns', 'index'] as const;
/** `payments(merchant_id, created_at)`: a table and the leading columns of an index on it. */
const INDEX_SPEC = /^\s*([a-z_][a-z0-9_]*)\s*\(\s*([a-z_][a-z0-9_]*(?:\s*,\s*[a-z_][a-z0-9_]*)*)\s*\)\s*$/i;

/**
 * Front `checks` (the hidden battery) and `targetSeconds`; body `## Prompt`, `## Solution` (one
 * ```` ```sql ```` block of PostgreSQL DDL), `## Hints`, `## Explanation`, `## Wrong answers`.
 */
export function compileSchema(base: ItemBase, input: KindInput): SchemaItem {
	const sections = readSections(input, ['prompt', 'solution', 'hints', 'explanation', 'wrong answers']);
	const hints = bulletList(sections.hints ?? '');
	if (sections.hints && hints.length === 0) input.problems.push(`${input.file}: section "## Hints" must be a bullet list`);
	const wrong = wrongAnswers(input, sections['wrong answers']);
	for (const answer of wrong) {
		if (answer.sqlPostgres !== undefined) input.problems.push(`${input.file}: wrong answer "${answer.title}": a schema drill is PostgreSQL only; give one \`\`\`sql block`);
	}
	if (sections['wrong answers'] && wrong.length < MIN_WRONG_ANSWERS) {
		input.problems.push(`${input.file}: section "## Wrong answers" needs at least ${MIN_WRONG_ANSWERS} wrong DDLs (has ${wrong.length})`);
	}
	const checks = readChecks(input.fm);
	return {
		...base,
		kind: 'schema',
		prompt: sections.prompt ?? '',
		promptHtml: renderMarkdown(sections.prompt ?? ''),
		solution: sectionCode(input, 'Solution', sections.solution, 'sql'),
		checks,
		hints,
		explanationHtml: renderMarkdown(sections.explanation ?? ''),
		targetSeconds: optionalInteger(input.fm, 'targetSeconds', 900, 1, 7200),
		wrongAnswers: wrong
	};
}

function readChecks(fm: FieldContext): SchemaCheck[] {
	const checks = recordsOf(fm, 'checks', requireList(fm, 'checks', 3)).map((ctx): SchemaCheck | null => {
		const kinds = CHECK_KINDS.filter((kind) => ctx.data[kind] !== undefined);
		if (kinds.length !== 1) {
			fieldProblem(ctx, '', `must have exactly one of ${CHECK_KINDS.join(', ')} (got ${kinds.length ? kinds.join(' and ') : 'none'})`);
			return null;
		}
		const [kind] = kinds;
		const label = requireString(ctx, 'label');
		const because = ctx.data.because === undefined ? null : requireString(ctx, 'because');
		switch (kind) {
			case 'accepts':
			case 'rejects':
				rejectUnknownKeys(ctx, [kind, 'label', 'because']);
				if (kind === 'rejects' && because === null) fieldProblem(ctx, 'because', 'is missing: say what was let through and how to stop it');
				return { kind, label, sql: requireString(ctx, kind), because };
			case 'returns':
				rejectUnknownKeys(ctx, ['returns', 'label', 'because', 'expected', 'ordered']);
				return { kind, label, sql: requireString(ctx, 'returns'), expected: readResultSet(ctx, 'expected', { booleans: true }), ordered: optionalBoolean(ctx, 'ordered', false), because };
			case 'index': {
				rejectUnknownKeys(ctx, ['index', 'label', 'because']);
				const spec = INDEX_SPEC.exec(requireString(ctx, 'index'));
				if (!spec) fieldProblem(ctx, 'index', 'must read "table(column, …)", the leading columns of the index an access path needs');
				if (because === null) fieldProblem(ctx, 'because', 'is missing: say which query goes slow without the index');
				return { kind, label, table: spec?.[1].toLowerCase() ?? '', columns: spec ? spec[2].split(',').map((c) => c.trim().toLowerCase()) : [], because: because ?? '' };
			}
		}
	});
	const kept = checks.filter((check): check is SchemaCheck => check !== null);
	if (kept.length > 0 && !kept.some((check) => check.kind === 'rejects')) {
		fieldProblem(fm, 'checks', 'needs at least one "rejects" check: a schema is tested by what it refuses');
	}
	return kept;
}
