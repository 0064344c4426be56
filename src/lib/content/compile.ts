// Build-time only (pulls node:crypto and marked): never import this from app code.
import type { ContentBundle, Dataset, Deck, Domain, Item, ItemBase, ItemKind, LearningPath } from '../model/index.ts';
import { DOMAINS, ITEM_KINDS, ROUNDS, type Round } from '../model/index.ts';
import { ContentError } from './errors.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { fieldContext, fieldProblem, oneOf, optionalStringArray, rejectUnknownKeys, requireId, requireString, type Data, type FieldContext } from './fields.ts';
import { compileDecks } from './decks.ts';
import { compilePaths } from './paths.ts';
import { compileDataset } from './datasets.ts';
import { canonicalJson, sha256Hex } from './hash.ts';
import type { KindInput } from './kinds/shared.ts';
import { compileConcept, conceptKeys } from './kinds/concept.ts';
import { compileScript, scriptKeys } from './kinds/script.ts';
import { compileTable, tableKeys } from './kinds/table.ts';
import { compileSequence, sequenceKeys } from './kinds/sequence.ts';
import { compileSql, sqlKeys } from './kinds/sql.ts';
import { compilePython, pythonKeys } from './kinds/python.ts';
import { compileSchema, schemaKeys } from './kinds/schema.ts';
import { compileScenario, scenarioKeys } from './kinds/scenario.ts';

export { ContentError } from './errors.ts';

export interface SourceFile {
	/** Path relative to the repository root, e.g. `content/concepts/grain.md`. */
	path: string;
	text: string;
}

export interface CompileOptions {
	/** The content folder every path starts with; 'content' unless compiling a fixture set. */
	root?: string;
}

const COMMON_KEYS = ['id', 'kind', 'deck', 'title', 'topics', 'difficulty', 'domain', 'rounds'] as const;

const KINDS: { [K in ItemKind]: { keys: readonly string[]; compile: (base: ItemBase, input: KindInput) => Item } } = {
	concept: { keys: conceptKeys, compile: compileConcept },
	script: { keys: scriptKeys, compile: compileScript },
	table: { keys: tableKeys, compile: compileTable },
	sequence: { keys: sequenceKeys, compile: compileSequence },
	sql: { keys: sqlKeys, compile: compileSql },
	schema: { keys: schemaKeys, compile: compileSchema },
	python: { keys: pythonKeys, compile: compilePython },
	scenario: { keys: scenarioKeys, compile: compileScenario }
};

const SCENARIO_PATH = /^scenarios\/[^/]+\/scenario\.md$/;

type Role = 'skip' | 'decks' | 'paths' | 'dataset' | 'item' | 'scenario';

/** What a file is, from its path inside the content folder; null for a file that does not belong. */
function roleOf(rel: string): Role | null {
	if (rel === 'README.md') return 'skip';
	if (rel === 'decks.yaml') return 'decks';
	if (rel === 'paths.yaml') return 'paths';
	if (/^datasets\/[^/]+\.sql$/.test(rel)) return 'dataset';
	if (SCENARIO_PATH.test(rel)) return 'scenario';
	if (rel.startsWith('scenarios/') || rel.startsWith('datasets/')) return null;
	if (rel.endsWith('.md')) return 'item';
	return null;
}

interface Context {
	problems: string[];
	deckIds: ReadonlySet<string> | null;
	datasets: ReadonlySet<string>;
}

function compileItem(file: string, data: Data, body: string, role: 'item' | 'scenario', ctx: Context): Item | null {
	const fm = fieldContext(file, data, ctx.problems);
	const id = requireId(fm, 'id');
	const kind = oneOf(fm, 'kind', ITEM_KINDS);
	if (!ITEM_KINDS.includes(data.kind as ItemKind)) return null;

	if (role === 'scenario' && kind !== 'scenario') {
		fieldProblem(fm, 'kind', `must be "scenario" in a scenarios/<slug>/scenario.md file (got "${kind}")`);
		return null;
	}
	if (role !== 'scenario' && kind === 'scenario') {
		ctx.problems.push(`${file}: a scenario must live at content/scenarios/<slug>/scenario.md`);
		return null;
	}

	const spec = KINDS[kind];
	rejectUnknownKeys(fm, [...COMMON_KEYS, ...spec.keys]);
	const deck = requireString(fm, 'deck');
	if (deck && ctx.deckIds && !ctx.deckIds.has(deck)) {
		fieldProblem(fm, 'deck', `must be a deck id from content/decks.yaml (got "${deck}")`);
	}
	const base: ItemBase = {
		id,
		kind,
		deck,
		title: requireString(fm, 'title'),
		topics: optionalStringArray(fm, 'topics'),
		difficulty: oneOf(fm, 'difficulty', [1, 2, 3] as const, 1),
		domain: oneOf<Domain>(fm, 'domain', DOMAINS, 'general'),
		...authoredRounds(fm),
		source: file
	};
	return spec.compile(base, { file, fm, body, problems: ctx.problems, datasets: ctx.datasets });
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Compiles and validates authored content into the bundle the app ships. Pure: the caller reads
 * the files. Every problem in every file is collected, then one ContentError lists them all.
 *
 * @example compileContent([{ path: 'content/decks.yaml', text }, { path: 'content/concepts/grain.md', text }])
 */
export function compileContent(files: readonly SourceFile[], options: CompileOptions = {}): ContentBundle {
	const root = (options.root ?? 'content').replace(/\/+$/, '');
	const problems: string[] = [];
	const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const roles = new Map<SourceFile, Role>();

	for (const file of sorted) {
		const rel = file.path.startsWith(`${root}/`) ? file.path.slice(root.length + 1) : null;
		const role = rel === null ? null : roleOf(rel);
		if (role === null) {
			problems.push(
				`${file.path}: unexpected file; content is ${root}/decks.yaml, ${root}/paths.yaml, ${root}/datasets/<id>.sql, ` +
					`${root}/scenarios/<slug>/scenario.md or ${root}/<folder>/<name>.md`
			);
		} else roles.set(file, role);
	}

	const deckFiles = sorted.filter((f) => roles.get(f) === 'decks');
	if (deckFiles.length === 0) problems.push(`${root}/decks.yaml: file is missing`);
	const decks: Deck[] = deckFiles.flatMap((f) => compileDecks(f.path, f.text, problems));
	const deckProblems = problems.some((p) => p.startsWith(`${root}/decks.yaml`));

	const datasets: Dataset[] = [];
	for (const file of sorted.filter((f) => roles.get(f) === 'dataset')) {
		const dataset = compileDataset(file.path, file.text, problems);
		if (dataset) datasets.push(dataset);
	}

	const ctx: Context = {
		problems,
		// When decks.yaml itself is broken, don't also flag every item's deck.
		deckIds: deckProblems ? null : new Set(decks.map((d) => d.id)),
		datasets: new Set(datasets.map((d) => d.id))
	};
	const items: Item[] = [];
	const firstFileOf = new Map<string, string>();
	for (const file of sorted) {
		const role = roles.get(file);
		if (role !== 'item' && role !== 'scenario') continue;
		const parsed = splitFrontMatter(file.path, file.text, problems);
		if (!parsed) continue;
		const item = compileItem(file.path, parsed.data, parsed.body, role, ctx);
		if (!item) continue;
		if (item.id) {
			const first = firstFileOf.get(item.id);
			if (first) problems.push(`${file.path}: field "id" is "${item.id}", already used by ${first}; ids must be unique`);
			else firstFileOf.set(item.id, file.path);
		}
		items.push(item);
	}

	const ids = new Set(items.map((item) => item.id));
	const paths: LearningPath[] = sorted.filter((f) => roles.get(f) === 'paths').flatMap((f) => compilePaths(f.path, f.text, ids, problems));

	if (problems.length > 0) throw new ContentError(problems);

	datasets.sort(byId);
	items.sort(byId);
	return { hash: contentHash(decks, datasets, items, paths), decks, paths, datasets, items };
}

/** SHA-256 over the canonical JSON of decks, datasets, items and paths, each sorted by id. */
export function contentHash(decks: readonly Deck[], datasets: readonly Dataset[], items: readonly Item[], paths: readonly LearningPath[] = []): string {
	const hashed = { decks: [...decks].sort(byId), datasets: [...datasets].sort(byId), items: [...items].sort(byId) };
	// Without paths the hash is what it was before paths existed, so adding the feature re-syncs nothing.
	return sha256Hex(canonicalJson(paths.length ? { ...hashed, paths: [...paths].sort(byId) } : hashed));
}

/** `rounds: [sql-live, phone-screen]`: only where the rule in rounds.ts would be wrong for this item. */
function authoredRounds(fm: FieldContext): { rounds?: Round[] } {
	if (fm.data.rounds === undefined) return {};
	const rounds = optionalStringArray(fm, 'rounds');
	const unknown = rounds.filter((round) => !(ROUNDS as readonly string[]).includes(round));
	if (unknown.length) fieldProblem(fm, 'rounds', `must list rounds from ${ROUNDS.join(', ')} (got ${unknown.map((r) => `"${r}"`).join(', ')})`);
	const known = rounds.filter((round): round is Round => (ROUNDS as readonly string[]).includes(round));
	return known.length ? { rounds: known } : {};
}
