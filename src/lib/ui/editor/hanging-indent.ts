// Wrapped lines keep their indentation: a long line inside a Python `for` body continues under its
// own first character, not at column 0, so the block structure still reads right on a phone.
import { Decoration, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';
import { RangeSetBuilder } from '@codemirror/state';

/** Extra columns a continuation is pushed in past the line's own indent, so it reads as a continuation. */
export const CONTINUATION_COLUMNS = 2;

/**
 * The columns a line's leading whitespace takes, tabs expanded to the next tab stop.
 * Example: `leadingColumns('\t  x = 1', 4)` → 6.
 */
export function leadingColumns(line: string, tabSize: number): number {
	let columns = 0;
	for (const char of line) {
		if (char === ' ') columns++;
		else if (char === '\t') columns += tabSize - (columns % tabSize);
		else break;
	}
	return columns;
}

/**
 * The style that wraps a line under column `indent + CONTINUATION_COLUMNS` while its first row stays
 * where it is: padding moves every row in, and a negative text-indent moves the first one back.
 * `6px` is CodeMirror's own left padding of a line. Monospace, so `ch` is one column.
 */
export function hangingStyle(indent: number): string {
	const columns = indent + CONTINUATION_COLUMNS;
	return `padding-left: calc(${columns}ch + 6px); text-indent: -${columns}ch`;
}

const decorations = new Map<number, Decoration>();
function decorationFor(indent: number): Decoration {
	let decoration = decorations.get(indent);
	if (!decoration) decorations.set(indent, (decoration = Decoration.line({ attributes: { style: hangingStyle(indent) } })));
	return decoration;
}

function build(view: EditorView): DecorationSet {
	const builder = new RangeSetBuilder<Decoration>();
	const tabSize = view.state.tabSize;
	for (const { from, to } of view.visibleRanges) {
		for (let pos = from; pos <= to; ) {
			const line = view.state.doc.lineAt(pos);
			builder.add(line.from, line.from, decorationFor(leadingColumns(line.text, tabSize)));
			pos = line.to + 1;
		}
	}
	return builder.finish();
}

/** Only the lines on screen are decorated, so a long file costs nothing extra. */
export const hangingIndent = ViewPlugin.fromClass(
	class {
		decorations: DecorationSet;
		constructor(view: EditorView) {
			this.decorations = build(view);
		}
		update(update: ViewUpdate) {
			if (update.docChanged || update.viewportChanged) this.decorations = build(update.view);
		}
	},
	{ decorations: (plugin) => plugin.decorations }
);
