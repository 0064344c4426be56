import type { Transaction } from 'dexie';

/**
 * One step of the schema's history. Dexie merges each version's `stores` over the previous ones, so
 * a migration lists only the tables it adds or changes (`null` deletes a table).
 */
export interface Migration {
	/** Dexie version number; consecutive, starting at 1. */
	version: number;
	/** What the step is for, in a sentence; shown nowhere, read by the next maintainer. */
	intent: string;
	stores: Record<string, string | null>;
	/** Rewrites existing rows when a shape changes. Runs inside Dexie's upgrade transaction. */
	upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}
