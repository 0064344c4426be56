// The user's saved sets as the /practice page shows them; every change goes to the database first.
import { userMessage, type RehearseDb, type SetRecord } from '$lib/db';
import { deleteSet, listSets, renameSet, saveSet, SetError, type NewSet } from '$lib/db/sets';

export class SavedSets {
	list = $state.raw<SetRecord[] | null>(null);
	#db: RehearseDb;

	constructor(db: RehearseDb) {
		this.#db = db;
	}

	async refresh(): Promise<void> {
		this.list = await listSets(this.#db);
	}

	/** Saves a set; resolves to an error message for the user, or null when it was saved. */
	async save(input: NewSet, now: number): Promise<string | null> {
		return this.#attempt(() => saveSet(this.#db, input, now));
	}

	async rename(id: string, name: string): Promise<string | null> {
		return this.#attempt(() => renameSet(this.#db, id, name));
	}

	async remove(id: string): Promise<string | null> {
		return this.#attempt(() => deleteSet(this.#db, id));
	}

	async #attempt(write: () => Promise<unknown>): Promise<string | null> {
		try {
			await write();
		} catch (error) {
			return error instanceof SetError ? error.message : userMessage(error);
		}
		await this.refresh();
		return null;
	}
}
