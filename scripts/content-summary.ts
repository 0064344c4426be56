import type { ContentBundle, ItemKind } from '../src/lib/model/index.ts';
import { ITEM_KINDS } from '../src/lib/model/index.ts';
import { cardsOf } from '../src/lib/content/cards.ts';

/** The `--json` line of content:check. */
export interface ContentSummary {
	counts: Partial<Record<ItemKind, number>>;
	/** Items per deck; every deck of decks.yaml is listed, 0 when empty. */
	decks: Record<string, number>;
	total: number;
}

export function summarize(bundle: ContentBundle): ContentSummary {
	const counts: Partial<Record<ItemKind, number>> = {};
	for (const kind of ITEM_KINDS) {
		const n = bundle.items.filter((item) => item.kind === kind).length;
		if (n > 0) counts[kind] = n;
	}
	const decks = Object.fromEntries(bundle.decks.map((deck) => [deck.id, bundle.items.filter((i) => i.deck === deck.id).length]));
	return { counts, decks, total: bundle.items.length };
}

type Row = [name: string, items: number, cards: number];

function table(heading: string, rows: Row[]): string {
	const width = Math.max(heading.length, 'total'.length, ...rows.map(([name]) => name.length));
	const line = (a: string, b: string, c: string) => `  ${a.padEnd(width)}  ${b.padStart(5)}  ${c.padStart(5)}`;
	const sum = (i: 1 | 2) => rows.reduce((n, row) => n + row[i], 0);
	return [
		line(heading, 'items', 'cards'),
		...rows.map(([name, items, cards]) => line(name, String(items), String(cards))),
		line('total', String(sum(1)), String(sum(2)))
	].join('\n');
}

/** A readable report: items and cards per kind and per deck. */
export function formatSummary(bundle: ContentBundle): string {
	const cardCount = (items: ContentBundle['items']) => items.reduce((n, item) => n + cardsOf(item).length, 0);
	const kinds: Row[] = ITEM_KINDS.map((kind) => {
		const items = bundle.items.filter((i) => i.kind === kind);
		return [kind, items.length, cardCount(items)];
	});
	const decks: Row[] = bundle.decks.map((deck) => {
		const items = bundle.items.filter((i) => i.deck === deck.id);
		return [deck.id, items.length, cardCount(items)];
	});
	return [
		`Content OK: ${bundle.items.length} items, ${bundle.datasets.length} datasets, hash ${bundle.hash.slice(0, 12)}`,
		'',
		table('kind', kinds),
		'',
		table('deck', decks)
	].join('\n');
}
