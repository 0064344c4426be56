import type { LearningPath } from '../model/index.ts';
import { parseYaml } from './frontmatter.ts';
import { fieldContext, recordsOf, rejectUnknownKeys, requireId, requireList, requireString, requireStringArray, requireUnique, fieldProblem } from './fields.ts';

/**
 * `content/paths.yaml`: a list of `{id, title, description, sections: [{title, summary, items}]}`,
 * each a route through the bank to study in order (a case study across an interview loop). Items
 * are ids of any kind; `knownIds` checks they exist.
 */
export function compilePaths(file: string, text: string, knownIds: ReadonlySet<string>, problems: string[]): LearningPath[] {
	const data = parseYaml(file, text, problems);
	if (data === undefined) return [];
	if (!Array.isArray(data)) {
		problems.push(`${file}: must be a YAML list of paths ({id, title, description, sections})`);
		return [];
	}
	const root = fieldContext(file, { paths: data }, problems);
	const paths = recordsOf(root, 'paths', data).map((ctx): LearningPath => {
		rejectUnknownKeys(ctx, ['id', 'title', 'description', 'sections']);
		const sections = recordsOf(ctx, 'sections', requireList(ctx, 'sections', 1)).map((section) => {
			rejectUnknownKeys(section, ['title', 'summary', 'items']);
			const items = requireStringArray(section, 'items', 1);
			for (const id of items) if (!knownIds.has(id)) fieldProblem(section, 'items', `names "${id}", which is no item's id`);
			return { title: requireString(section, 'title'), summary: requireString(section, 'summary'), items };
		});
		const all = sections.flatMap((section) => section.items);
		const repeated = all.filter((id, i) => all.indexOf(id) !== i);
		if (repeated.length) fieldProblem(ctx, 'sections', `lists ${[...new Set(repeated)].map((id) => `"${id}"`).join(', ')} more than once`);
		return { id: requireId(ctx, 'id'), title: requireString(ctx, 'title'), description: requireString(ctx, 'description'), sections };
	});
	requireUnique(root, 'id', paths, (p) => p.id);
	return paths;
}
