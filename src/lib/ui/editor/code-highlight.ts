// The editor's syntax colours. Every token colour is a CSS custom property (--code-*) defined in
// app.css for the light and the dark theme, so the code follows the app's theme (system or the
// Settings choice) with no editor reconfiguration, and code-colours.test.ts can check each colour's
// contrast against the editor background it is drawn on. The tag groups mirror CodeMirror's
// defaultHighlightStyle, plus function names and built-ins, which it leaves unstyled or blue.
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/** The token groups, each one custom property --code-<name> in app.css (the test reads this list). */
export const CODE_TOKENS = [
	'keyword',
	'atom',
	'literal',
	'string',
	'regexp',
	'definition',
	'function',
	'local',
	'type',
	'class',
	'builtin',
	'property',
	'comment',
	'invalid',
	'meta'
] as const;

type CodeToken = (typeof CODE_TOKENS)[number];

const colour = (token: CodeToken) => `var(--code-${token})`;

const highlightStyle = HighlightStyle.define([
	{ tag: t.meta, color: colour('meta') },
	{ tag: t.link, textDecoration: 'underline' },
	{ tag: t.heading, textDecoration: 'underline', fontWeight: 'bold' },
	{ tag: t.emphasis, fontStyle: 'italic' },
	{ tag: t.strong, fontWeight: 'bold' },
	{ tag: t.strikethrough, textDecoration: 'line-through' },
	{ tag: t.keyword, color: colour('keyword') },
	{ tag: [t.atom, t.bool, t.url, t.contentSeparator, t.labelName], color: colour('atom') },
	{ tag: [t.literal, t.inserted], color: colour('literal') },
	{ tag: [t.string, t.deleted], color: colour('string') },
	{ tag: [t.regexp, t.escape, t.special(t.string)], color: colour('regexp') },
	{ tag: t.definition(t.variableName), color: colour('definition') },
	{ tag: [t.function(t.variableName), t.function(t.propertyName)], color: colour('function') },
	{ tag: t.local(t.variableName), color: colour('local') },
	{ tag: [t.typeName, t.namespace], color: colour('type') },
	{ tag: t.className, color: colour('class') },
	{ tag: [t.special(t.variableName), t.macroName, t.standard(t.name), t.special(t.name)], color: colour('builtin') },
	{ tag: t.definition(t.propertyName), color: colour('property') },
	{ tag: t.comment, color: colour('comment'), fontStyle: 'italic' },
	{ tag: t.invalid, color: colour('invalid') }
]);

/** What CodeMirror's base theme draws in fixed light-theme colours, redrawn in the app's tokens. */
const chrome = EditorView.theme({
	// #888 on white is 3.5:1; the muted text colour passes in both themes.
	'.cm-placeholder': { color: 'var(--muted)' },
	'&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--surface-2)', outline: '1px solid var(--muted)' },
	'&.cm-focused .cm-nonmatchingBracket': { backgroundColor: 'var(--err-bg)' },
	'.cm-tooltip': { backgroundColor: 'var(--surface)', color: 'var(--text)', border: '1px solid var(--border)' },
	'.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--accent-text)' }
});

/** The syntax colours and the editor chrome, as one extension (replaces defaultHighlightStyle). */
export const codeColours = [syntaxHighlighting(highlightStyle), chrome];
