import { describe, expect, it } from 'vitest';
import type { PythonItem, SequenceItem } from '$lib/model';
import { notesOf } from './notes';

const base = { deck: 'python', topics: ['Sorting & keys'], difficulty: 1 as const, domain: 'general' as const, source: 't' };

describe('notesOf', () => {
	it('exports a code drill as prompt → escaped solution, keyed by its solve card', () => {
		const item: PythonItem = {
			...base,
			id: 'py-sort',
			kind: 'python',
			title: 'Sort <by> key',
			prompt: 'Sort',
			promptHtml: '<p>Sort the rows.</p>',
			starter: '',
			solution: 'rows.sort(key=lambda r: r["a"] < 3)',
			tests: '',
			hints: [],
			explanationHtml: '<p>Why.</p>',
			targetSeconds: 60
		};
		const [note] = notesOf(item);
		expect(note.key).toBe('py-sort::solve');
		expect(note.fields).toEqual([
			'<div class="title">Sort &lt;by&gt; key</div><p>Sort the rows.</p>',
			'<pre><code>rows.sort(key=lambda r: r[&quot;a&quot;] &lt; 3)</code></pre><p>Why.</p>'
		]);
		expect(note.tags).toEqual(['rehearse', 'rehearse::python', 'sorting-keys']);
	});

	it('exports a sequence as one note asking for the steps in order', () => {
		const item: SequenceItem = {
			...base,
			id: 'seq-phases',
			kind: 'sequence',
			title: 'Phases',
			steps: [
				{ name: 'Clarify', minutes: { min: 3, max: 5 }, goal: 'Pin the scope' },
				{ name: 'Model', minutes: null, goal: 'Draw the <facts>' }
			],
			descriptionHtml: ''
		};
		const notes = notesOf(item);
		expect(notes).toHaveLength(1);
		expect(notes[0].key).toBe('seq-phases::order');
		expect(notes[0].fields[1]).toBe('<ol><li><b>Clarify</b> (3-5 min): Pin the scope</li><li><b>Model</b>: Draw the &lt;facts&gt;</li></ol>');
	});
});
