// Which cards are drilled rather than just revealed, and the drill state each one gets.
import type { Item } from '$lib/model';
import type { RehearseDb, ScriptMode } from '$lib/db';
import { drillSeed } from './card-drill';
import { GridDrill } from './grid-drill.svelte';
import { OrderDrill } from './order-drill.svelte';
import { ScriptDrill } from './script-drill.svelte';

export type AnyCardDrill = ScriptDrill | GridDrill | OrderDrill;

/**
 * A script in the user's default mode, a table's `grid` card, or a sequence's `order` card; null for
 * cards that are simply revealed (concepts, table rows, sequence steps, scenario cards).
 */
export function openCardDrill(db: RehearseDb, item: Item, cardId: string, variant: string, scriptMode: ScriptMode, at: number): AnyCardDrill | null {
	if (item.kind === 'script') return new ScriptDrill(item, scriptMode);
	if (item.kind === 'table' && variant === 'grid') return new GridDrill(db, item, drillSeed(cardId, at));
	if (item.kind === 'sequence' && variant === 'order') return new OrderDrill(item, drillSeed(cardId, at));
	return null;
}
