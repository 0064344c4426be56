import type { Deck } from '../model/index.ts';
import { parseYaml } from './frontmatter.ts';
import { fieldContext, recordsOf, rejectUnknownKeys, requireId, requireString, requireUnique } from './fields.ts';

/** `content/decks.yaml`: a list of `{id, name, description}`; `order` is the position in the file. */
export function compileDecks(file: string, text: string, problems: string[]): Deck[] {
	const data = parseYaml(file, text, problems);
	if (data === undefined) return [];
	if (!Array.isArray(data)) {
		problems.push(`${file}: must be a YAML list of decks ({id, name, description})`);
		return [];
	}
	const root = fieldContext(file, { decks: data }, problems);
	// Entries are named `decks[0]`, `decks[1]` … in messages.
	const decks = recordsOf(root, 'decks', data).map((ctx, order): Deck => {
		rejectUnknownKeys(ctx, ['id', 'name', 'description']);
		return { id: requireId(ctx, 'id'), name: requireString(ctx, 'name'), description: requireString(ctx, 'description'), order };
	});
	requireUnique(root, 'id', decks, (d) => d.id);
	return decks;
}
