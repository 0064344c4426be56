// Draft → Item, and back. Every HTML field of a user item is produced here, by renderMarkdown only.
import { slugify } from '$lib/content';
import { plainParagraphs, type ConceptItem, type Item, type ItemBase, type ScriptItem, type SqlItem } from '$lib/model';
import { htmlToMarkdown, renderMarkdown } from '$lib/markdown';
import { USER_ID_PREFIX, UserItemError, type ScriptDraft, type UserItemDraft, type UserItemKind } from './types';
import { validateUserItemDraft, type ValidateOptions } from './validate';

/** Speaking pace for a script's target time, as for bundled scripts: 150 words a minute. */
const WORDS_PER_SECOND = 2.5;
/** A solve time that counts as fluent for a user's SQL drill, as for bundled ones. */
const SQL_TARGET_SECONDS = 300;
const TITLE_WORDS = 60;

export interface BuildOptions extends ValidateOptions {
	/** Keep this id when editing; a new item gets a fresh `mine-<uuid>`. */
	id?: string;
	now: number;
}

export function newUserItemId(): string {
	return `${USER_ID_PREFIX}${crypto.randomUUID()}`;
}

export function isUserItemId(id: string): boolean {
	return id.startsWith(USER_ID_PREFIX);
}


/** The first words of some Markdown's first paragraph, stripped of its syntax, for a title left empty. */
function titleFrom(markdown: string): string {
	const firstParagraph = markdown.replace(/```[\s\S]*?```/g, ' ').trim().split(/\n\s*\n/)[0] ?? '';
	const plain = firstParagraph
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`~]/g, '')
		.replace(/^\s*(?:#+|>|[-+]|\d+\.)\s+/gm, '')
		.replace(/\s+/g, ' ')
		.trim();
	return plain.length <= TITLE_WORDS ? plain : `${plain.slice(0, TITLE_WORDS).replace(/\s+\S*$/, '')}…`;
}

function cleanList(values: readonly string[] | undefined): string[] {
	return [...new Set((values ?? []).map((v) => v.trim()).filter(Boolean))];
}

/** Synonyms with blank words and alternatives dropped; a word left with no alternative goes too. */
function cleanSynonyms(synonyms: ScriptDraft['synonyms']): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const [word, alternatives] of Object.entries(synonyms ?? {})) {
		const kept = cleanList(alternatives);
		if (word.trim() && kept.length) out[word.trim()] = kept;
	}
	return out;
}

/**
 * Validates a draft and turns it into an item, rendering its Markdown through the sanitiser.
 * Throws UserItemError naming every field that is wrong. Example:
 *   const item = buildUserItem({ kind: 'concept', deck: 'sql', prompt: 'Why?', answer: 'Because.' }, { now });
 */
export function buildUserItem(draft: UserItemDraft, opts: BuildOptions): Item {
	const problems = validateUserItemDraft(draft, opts);
	if (opts.id !== undefined && !isUserItemId(opts.id)) {
		problems.push({ field: 'id', message: `A user item id starts with "${USER_ID_PREFIX}" (got "${opts.id}").` });
	}
	if (problems.length) throw new UserItemError(problems);

	const id = opts.id ?? newUserItemId();
	const titleSource = draft.kind === 'script' ? draft.cue : draft.prompt;
	const base: ItemBase = {
		id,
		kind: draft.kind,
		deck: draft.deck,
		title: draft.title?.trim() || titleFrom(titleSource),
		topics: cleanList(draft.topics?.map(slugify)),
		difficulty: draft.difficulty ?? 2,
		domain: draft.domain ?? 'general',
		source: `mine/${id}`
	};

	switch (draft.kind) {
		case 'concept': {
			const prompt = draft.prompt.trim();
			const answer = draft.answer.trim();
			return { ...base, kind: 'concept', prompt, promptHtml: renderMarkdown(prompt), answer, answerHtml: renderMarkdown(answer) } satisfies ConceptItem;
		}
		case 'script': {
			const script = plainParagraphs(draft.script);
			const words = script.split(/\s+/).filter(Boolean).length;
			return {
				...base,
				kind: 'script',
				cue: draft.cue.trim(),
				script,
				mustSay: cleanList(draft.mustSay),
				synonyms: cleanSynonyms(draft.synonyms),
				phase: draft.phase ?? null,
				targetSeconds: Math.max(1, Math.round(words / WORDS_PER_SECOND)),
				notesHtml: draft.notes?.trim() ? renderMarkdown(draft.notes.trim()) : ''
			} satisfies ScriptItem;
		}
		case 'sql': {
			const prompt = draft.prompt.trim();
			return {
				...base,
				kind: 'sql',
				dataset: draft.datasetId,
				prompt,
				promptHtml: renderMarkdown(prompt),
				solution: draft.solution.trim(),
				expected: { columns: [...draft.expectedColumns], rows: draft.expectedRows.map((row) => [...row]) },
				ordered: draft.ordered,
				checkColumnNames: false,
				hints: cleanList(draft.hints),
				explanationHtml: '',
				targetSeconds: SQL_TARGET_SECONDS
			} satisfies SqlItem;
		}
	}
}

/** Whether a user may author (and so edit or duplicate into) items of this kind. */
export function isAuthorableKind(kind: string): kind is UserItemKind {
	return kind === 'concept' || kind === 'script' || kind === 'sql';
}

/** The draft an item was built from: what the editor opens, and what "Duplicate" starts from. */
export function draftOf(item: Item): UserItemDraft | null {
	const common = { title: item.title, deck: item.deck, topics: [...item.topics], difficulty: item.difficulty, domain: item.domain };
	switch (item.kind) {
		case 'concept':
			return { ...common, kind: 'concept', prompt: item.prompt, answer: item.answer };
		case 'script':
			return {
				...common,
				kind: 'script',
				cue: item.cue,
				script: item.script,
				mustSay: [...item.mustSay],
				synonyms: Object.fromEntries(Object.entries(item.synonyms).map(([word, alternatives]) => [word, [...alternatives]])),
				phase: item.phase,
				// Notes are stored rendered; the draft holds Markdown, which renders back to the same marks.
				notes: htmlToMarkdown(item.notesHtml)
			};
		case 'sql':
			return {
				...common,
				kind: 'sql',
				datasetId: item.dataset,
				prompt: item.prompt,
				solution: item.solution,
				expectedColumns: [...item.expected.columns],
				expectedRows: item.expected.rows.map((row) => [...row]),
				ordered: item.ordered,
				hints: [...item.hints]
			};
		default:
			return null;
	}
}
