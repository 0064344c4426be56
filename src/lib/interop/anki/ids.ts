// Stable identifiers for an exported Anki package. Anki matches an imported note to an existing one
// by its guid, so deriving the guid from our card id (which never changes once shipped) makes a
// second export update the notes in Anki instead of adding copies. Note, card, deck and note-type
// ids are derived the same way, so they stay put between exports too.

const GUID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const GUID_LENGTH = 11;
/** Anki ids are millisecond timestamps; ours land between 2001 and 2030 so they look like one. */
const ID_BASE = 1_000_000_000_000;
const ID_SPAN = 900_000_000_000;

export async function sha1(text: string): Promise<Uint8Array> {
	return new Uint8Array(await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text)));
}

export function toHex(bytes: Uint8Array): string {
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What Anki knows one exported note by; all three come from one SHA-1 of the note's key. */
export interface NoteIdentity {
	/** 11 letters and digits. */
	guid: string;
	noteId: number;
	cardId: number;
}

export async function noteIdentity(key: string): Promise<NoteIdentity> {
	const bytes = await sha1(`rehearse-note:${key}`);
	let value = 0n;
	for (const byte of bytes.subarray(0, 8)) value = (value << 8n) | BigInt(byte);
	let guid = '';
	for (let i = 0; i < GUID_LENGTH; i++) {
		guid += GUID_ALPHABET[Number(value % 62n)];
		value /= 62n;
	}
	return { guid, noteId: idFromBytes(bytes.subarray(8, 13)), cardId: idFromBytes(bytes.subarray(13, 18)) };
}

export async function guidFor(key: string): Promise<string> {
	return (await noteIdentity(key)).guid;
}

/** A stable positive integer id for `key` within one kind of thing (`deck`, `model`). */
export async function stableId(kind: string, key: string): Promise<number> {
	return idFromBytes((await sha1(`rehearse-${kind}:${key}`)).subarray(0, 5));
}

/** 5 bytes = 40 bits: exact in a double, and plenty of spread for a few thousand notes. */
function idFromBytes(bytes: Uint8Array): number {
	let value = 0;
	for (const byte of bytes) value = value * 256 + byte;
	return ID_BASE + (value % ID_SPAN);
}

/**
 * Anki's note checksum: the first 8 hex digits of the SHA-1 of the first field with its HTML
 * stripped, read as an integer. Anki uses it to find duplicate first fields quickly.
 */
export async function fieldChecksum(strippedFirstField: string): Promise<number> {
	return parseInt(toHex(await sha1(strippedFirstField)).slice(0, 8), 16);
}

/**
 * The identities of many notes, hashed in parallel. A clash of ids (rare: 40 bits) is settled by
 * bumping, in key order, so the result does not depend on the order of `keys`.
 */
export async function noteIdentities(keys: readonly string[]): Promise<Map<string, NoteIdentity>> {
	const sorted = [...new Set(keys)].sort();
	const found = await Promise.all(sorted.map(noteIdentity));
	const usedNotes = new Set<number>();
	const usedCards = new Set<number>();
	const result = new Map<string, NoteIdentity>();
	sorted.forEach((key, i) => {
		const identity = { ...found[i] };
		while (usedNotes.has(identity.noteId)) identity.noteId++;
		while (usedCards.has(identity.cardId)) identity.cardId++;
		usedNotes.add(identity.noteId);
		usedCards.add(identity.cardId);
		result.set(key, identity);
	});
	return result;
}
