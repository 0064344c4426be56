// Seeded randomness for drills: the same seed (e.g. card id + study day) gives the same grid and
// the same shuffle, so a reload mid-drill does not reshuffle the user's work.

export type Seed = number | string;

/** FNV-1a over the seed's text: any string or number becomes a 32-bit state. */
function hashSeed(seed: Seed): number {
	const text = String(seed);
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** mulberry32: small, fast and well spread; returns floats in [0, 1). Not for anything secret. */
export function seededRandom(seed: Seed): () => number {
	let state = hashSeed(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A seeded Fisher-Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = items.slice();
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}
