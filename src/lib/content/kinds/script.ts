import { containsPhrase, plainParagraphs, type ItemBase, type ScriptItem } from '../../model/index.ts';
import { describe, fieldProblem, isRecord, optionalInteger, requireString, requireStringArray } from '../fields.ts';
import { renderMarkdown } from '../markdown.ts';
import { readSections, type KindInput } from './shared.ts';

export const scriptKeys = ['cue', 'mustSay', 'synonyms', 'phase', 'targetSeconds'] as const;

/** Speaking pace used for the default target time: 150 words a minute. */
const WORDS_PER_SECOND = 2.5;

function readSynonyms(input: KindInput): Record<string, string[]> {
	const value = input.fm.data.synonyms;
	if (value === undefined || value === null) return {};
	if (!isRecord(value)) {
		fieldProblem(input.fm, 'synonyms', `must map a word to a list of words (got ${describe(value)})`);
		return {};
	}
	const out: Record<string, string[]> = {};
	for (const [word, alternatives] of Object.entries(value)) {
		if (!Array.isArray(alternatives) || alternatives.some((a) => typeof a !== 'string' || !a.trim())) {
			fieldProblem(input.fm, `synonyms.${word}`, `must be a list of words (got ${describe(alternatives)})`);
			continue;
		}
		out[word] = alternatives.map((a: string) => a.trim());
	}
	return out;
}

/** Front `cue`, `mustSay`, …; body `## Script` (plain text) and optional `## Notes` (Markdown). */
export function compileScript(base: ItemBase, input: KindInput): ScriptItem {
	const { fm } = input;
	const cue = requireString(fm, 'cue');
	const mustSay = requireStringArray(fm, 'mustSay', 1);
	const synonyms = readSynonyms(input);
	const phase = optionalInteger(fm, 'phase', null, 1, 5);
	const sections = readSections(input, ['script'], ['notes']);
	const script = plainParagraphs(sections.script ?? '');

	if (script) {
		mustSay.forEach((phrase, i) => {
			if (!containsPhrase(script, phrase)) {
				fieldProblem(fm, `mustSay[${i}]`, `phrase ${describe(phrase)} does not occur in the script`);
			}
		});
	}
	const words = script.split(/\s+/).filter(Boolean).length;
	const targetSeconds = optionalInteger(fm, 'targetSeconds', Math.max(1, Math.round(words / WORDS_PER_SECOND)), 1, 3600);

	return {
		...base,
		kind: 'script',
		cue,
		script,
		mustSay,
		synonyms,
		phase,
		targetSeconds,
		notesHtml: renderMarkdown(sections.notes ?? '')
	};
}
