// Browser storage can be evicted under pressure unless the origin is granted persistent storage.

export type PersistenceState = 'persistent' | 'best-effort' | 'unsupported';

export async function persistenceState(): Promise<PersistenceState> {
	if (!navigator.storage?.persisted) return 'unsupported';
	return (await navigator.storage.persisted()) ? 'persistent' : 'best-effort';
}

/**
 * Asks for persistent storage. Called once the user has shown they care about their history (after
 * their first answer), when browsers are most willing to grant it, rather than on first load.
 */
export async function requestPersistence(): Promise<PersistenceState> {
	if (!navigator.storage?.persist) return 'unsupported';
	return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
	if (!navigator.storage?.estimate) return null;
	const { usage = 0, quota = 0 } = await navigator.storage.estimate();
	return { usage, quota };
}
