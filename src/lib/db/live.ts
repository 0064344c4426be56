import { liveQuery } from 'dexie';

/** Something that pushes fresh results; matches Svelte's store contract, so `fromStore` adapts it. */
export interface LiveResult<T> {
	subscribe(onValue: (value: T) => void, onError?: (error: unknown) => void): { unsubscribe(): void };
}

/**
 * Re-runs `query` whenever a table it read changes (in this tab or another) and pushes the result.
 * The one place the UI gets reactive data from the database.
 * @example const due = watch(() => deckOverview(db, dayEnd));
 */
export function watch<T>(query: () => Promise<T>): LiveResult<T> {
	const observable = liveQuery(query);
	return {
		subscribe: (onValue, onError) => observable.subscribe({ next: onValue, error: onError })
	};
}
