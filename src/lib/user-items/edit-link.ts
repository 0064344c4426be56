// Where "edit this card" leads: an own card is edited in place; a bundled card of a kind users can
// write (concept, script, SQL) is copied into "My cards" first; other kinds offer nothing.
import type { ItemRecord } from '$lib/model';
import { isAuthorableKind } from './build';

export function editLink(item: Pick<ItemRecord, 'id' | 'kind' | 'origin'>): { href: string; label: string } | null {
	const id = encodeURIComponent(item.id);
	if (item.origin === 'user') return { href: `/mine/${id}`, label: 'Edit this card' };
	return isAuthorableKind(item.kind) ? { href: `/mine/new?from=${id}`, label: 'Duplicate into my cards' } : null;
}
