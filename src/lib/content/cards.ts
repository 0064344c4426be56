import type { CardSpec, Item } from '../model/index.ts';

export type { CardSpec };

/** Turns free text into a stable, URL-safe id fragment: "Event / audit streams" → "event-audit-streams". */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function cardId(itemId: string, variant: string): string {
	return `${itemId}::${variant}`;
}

/** Splits a card id into its item id and variant. */
export function parseCardId(id: string): { itemId: string; variant: string } {
	const at = id.lastIndexOf('::');
	return at < 0 ? { itemId: id, variant: '' } : { itemId: id.slice(0, at), variant: id.slice(at + 2) };
}

function variantsOf(item: Item): string[] {
	switch (item.kind) {
		case 'concept':
			return ['main'];
		case 'script':
			return ['recall'];
		case 'table':
			// Rows are keyed by their first cell, so reordering rows keeps their history.
			return [
				...item.rows.map((row) => `row:${slugify(row[0])}`),
				// The reverse direction (other cells → row key), for tables that ask for it.
				...(item.reverse ? item.rows.map((row) => `rev:${slugify(row[0])}`) : []),
				'grid'
			];
		case 'sequence':
			return [...item.steps.map((step) => `step:${slugify(step.name)}`), 'order'];
		case 'sql':
		case 'schema':
		case 'python':
			return ['solve'];
		case 'scenario':
			return item.cards.map((card) => `card:${card.id}`);
	}
}

/** The cards an item yields, in display order. */
export function cardsOf(item: Item): CardSpec[] {
	return variantsOf(item).map((variant) => ({
		id: cardId(item.id, variant),
		itemId: item.id,
		variant,
		deck: item.deck
	}));
}
