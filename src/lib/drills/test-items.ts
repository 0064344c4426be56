// Test data: script items as the content compiler yields them, with only what drills read varying.
import type { ScriptItem } from '$lib/model';

export function scriptItem(overrides: Partial<ScriptItem> = {}): ScriptItem {
	return {
		id: 'modeling-script-add-the-indexes',
		kind: 'script',
		deck: 'modeling',
		title: 'Closing a table with its indexes',
		topics: ['indexing'],
		difficulty: 2,
		domain: 'food-delivery',
		source: 'content/scripts/modeling-script-add-the-indexes.md',
		cue: 'You have just finished writing the CREATE TABLE for the orders table.',
		script:
			"That's the table; now the indexes, each tied to a query from the start. The order history screen\n" +
			'filters one customer and sorts by newest, so a composite on customer id then placed at descending\n' +
			'serves it as one ordered read. The kitchen screen only ever looks at orders still in progress,\n' +
			'which is a tiny share of rows, so a partial index on those statuses stays small. Restaurant lookups\n' +
			"get a plain B-tree on restaurant id. I'm stopping there, because every extra index slows inserts.",
		mustSay: ['now the indexes', 'customer id then placed at descending', 'a partial index'],
		synonyms: {},
		phase: 4,
		targetSeconds: 35,
		notesHtml: '',
		...overrides
	};
}
