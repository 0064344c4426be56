import { storageMessage } from '$lib/db';

/**
 * What to tell the user about a failure outside their own code: storage problems in storage
 * terms, anything else (a missing dataset, a runner that could not start) by its own message.
 */
export function describeError(error: unknown): string {
	return storageMessage(error) ?? (error instanceof Error && error.message ? error.message : String(error));
}
