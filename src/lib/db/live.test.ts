import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { card, freshDb } from './testing';
import { watch } from './live';

it('pushes a fresh result after a write to a table the query read', async () => {
	const db = await freshDb();
	const seen: number[] = [];
	const subscription = watch(() => db.cards.count()).subscribe((n) => seen.push(n));
	await expect.poll(() => seen).toEqual([0]);
	await db.cards.put(card('a::main'));
	await expect.poll(() => seen).toEqual([0, 1]);
	subscription.unsubscribe();
});
