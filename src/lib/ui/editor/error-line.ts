// The line a run failed on, marked in the editor: the line itself and its number in the gutter.
// The mark goes as soon as the code is edited: the user is fixing it, and an old mark would point
// at the wrong place once lines move.
import { RangeSet, RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, gutterLineClass, type DecorationSet } from '@codemirror/view';

/** Sets (a 1-based line) or clears (null) the marked line. */
export const setErrorLine = StateEffect.define<number | null>();

class ErrorGutterClass extends GutterMarker {
	elementClass = 'cm-error-gutter';
}
const gutterMarker = new ErrorGutterClass();
const lineMark = Decoration.line({ class: 'cm-error-line', attributes: { 'data-error-line': 'true' } });

interface Marked {
	line: number | null;
	decorations: DecorationSet;
	gutter: RangeSet<GutterMarker>;
}

const none: Marked = { line: null, decorations: Decoration.none, gutter: RangeSet.empty };

function mark(doc: EditorView['state']['doc'], line: number | null): Marked {
	if (line === null || line < 1 || line > doc.lines) return none;
	const at = doc.line(line).from;
	const gutter = new RangeSetBuilder<GutterMarker>();
	gutter.add(at, at, gutterMarker);
	return { line, decorations: Decoration.set([lineMark.range(at)]), gutter: gutter.finish() };
}

const errorLineField = StateField.define<Marked>({
	create: () => none,
	update(value, transaction) {
		let next = transaction.docChanged ? none : value;
		for (const effect of transaction.effects) if (effect.is(setErrorLine)) next = mark(transaction.state.doc, effect.value);
		return next;
	},
	provide: (field) => [EditorView.decorations.from(field, (value) => value.decorations), gutterLineClass.from(field, (value) => value.gutter)]
});

export const errorLine = [
	errorLineField,
	EditorView.theme({
		'.cm-error-line': { backgroundColor: 'var(--error-line, rgba(220, 38, 38, 0.14))', boxShadow: 'inset 3px 0 0 var(--again)' },
		'.cm-gutterElement.cm-error-gutter': { color: 'var(--again)', fontWeight: '700' }
	})
];

