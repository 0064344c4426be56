// CodeMirror 6, assembled for drills. Loaded lazily by CodeEditor.svelte: it never ships with the
// first screen.
import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { PostgreSQL, SQLite, sql } from '@codemirror/lang-sql';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, placeholder as placeholderText } from '@codemirror/view';
import { codeColours } from './code-highlight';
import { errorLine, setErrorLine } from './error-line';
import { hangingIndent } from './hanging-indent';

export type EditorLanguage = 'sql' | 'python';

export interface EditorOptions {
	parent: HTMLElement;
	doc: string;
	language: EditorLanguage;
	label: string;
	/** The id of the text that explains the editor's keys (Tab indents; Esc, then Tab leaves). */
	describedBy?: string;
	placeholder?: string;
	/** SQL table → columns, for completion. */
	schema?: Record<string, string[]>;
	/** Which SQL dialect to highlight and complete. */
	dialect?: 'postgres' | 'sqlite';
	onChange(doc: string): void;
	/** Ctrl/Cmd+Enter. */
	onRun?(): void;
}

const theme = EditorView.theme({
	'&': { fontSize: '16px', backgroundColor: 'var(--surface)', color: 'var(--text)' },
	'.cm-content': { fontFamily: 'var(--mono)', caretColor: 'var(--text)', minHeight: '9em' },
	'.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--muted)', border: 'none' },
	// The ring is drawn by the editor's host (CodeEditor.svelte): its rounded, clipped box would cut
	// an outline drawn here.
	'&.cm-focused': { outline: 'none' },
	'.cm-activeLine': { backgroundColor: 'transparent' }
});

/** The language of an editor lives in a compartment, so a schema or dialect that arrives later reconfigures it without rebuilding the editor (and losing what was typed). */
const languageSlot = new Compartment();

function languageOf(options: Pick<EditorOptions, 'language' | 'schema' | 'dialect'>) {
	if (options.language === 'python') return python();
	return sql({ dialect: options.dialect === 'sqlite' ? SQLite : PostgreSQL, schema: options.schema, upperCaseKeywords: true });
}

/** Gives a SQL editor a new schema or dialect in place. */
export function setSqlLanguage(view: EditorView, options: Pick<EditorOptions, 'schema' | 'dialect'>): void {
	view.dispatch({ effects: languageSlot.reconfigure(languageOf({ language: 'sql', ...options })) });
}

export function createEditor(options: EditorOptions): EditorView {
	const languageSupport = languageSlot.of(languageOf(options));
	return new EditorView({
		parent: options.parent,
		state: EditorState.create({
			doc: options.doc,
			extensions: [
				lineNumbers(),
				history(),
				indentOnInput(),
				bracketMatching(),
				closeBrackets(),
				autocompletion(),
				codeColours,
				languageSupport,
				theme,
				EditorView.lineWrapping,
				hangingIndent,
				errorLine,
				placeholderText(options.placeholder ?? ''),
				// Phones: no autocorrect, capitalisation or spellcheck inside code.
				EditorView.contentAttributes.of({
					autocorrect: 'off',
					autocapitalize: 'off',
					spellcheck: 'false',
					'aria-label': options.label,
					...(options.describedBy ? { 'aria-describedby': options.describedBy } : {})
				}),
				keymap.of([
					{ key: 'Mod-Enter', run: () => (options.onRun?.(), true) },
					...closeBracketsKeymap,
					...defaultKeymap,
					...historyKeymap,
					...completionKeymap,
					indentWithTab
				]),
				EditorView.updateListener.of((update) => {
					if (update.docChanged) options.onChange(update.state.doc.toString());
				})
			]
		})
	});
}

/** Inserts text at the cursor (the symbol bar's buttons), replacing any selection. */
export function insertAtCursor(view: EditorView, text: string): void {
	const { from, to } = view.state.selection.main;
	view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length } });
	view.focus();
}

/** Replaces the whole document (reset to starter, reveal solution). */
export function replaceDoc(view: EditorView, doc: string): void {
	view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: doc } });
}

/** Marks the line a run failed on (1-based), or clears the mark (null). */
export function markErrorLine(view: EditorView, line: number | null): void {
	view.dispatch({ effects: setErrorLine.of(line) });
}
