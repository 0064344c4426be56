// Test factories for the bank and set tests. Not part of the public surface.
import type { Item } from '$lib/model';
import type { ItemRecord } from '$lib/model';
import { conceptItem } from './testing';

/** An item as sync stores it: from the bundle and live unless overridden. */
export function stored(item: Item, overrides: Partial<ItemRecord> = {}): ItemRecord {
	return { ...item, origin: 'bundle', hash: 'h', archived: 0, updatedAt: 0, ...overrides } as ItemRecord;
}

/** A SQL drill with a Markdown prompt. */
export function sqlItem(id: string, title: string): Item {
	return {
		...conceptItem(id, { title }),
		kind: 'sql',
		deck: 'sql',
		dataset: 'shop',
		prompt: 'Rank the `orders`.',
		promptHtml: '',
		solution: '',
		expected: { columns: [], rows: [] },
		ordered: false,
		checkColumnNames: false,
		hints: [],
		explanationHtml: '',
		targetSeconds: 60
	} as Item;
}

