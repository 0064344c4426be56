declare module 'virtual:content/meta' {
	const meta: import('../model/content').ContentMeta & {
		/** The bundle's items in slices (JSON arrays, same origin, named by its hash), in order. */
		slices: { url: string; items: number }[];
		/** Every dataset's script for each engine, one precached asset each. */
		datasets: { id: string; title: string; urls: Record<import('../model/content').Dialect, string> }[];
	};
	export default meta;
}

declare module 'virtual:pglite/snapshot' {
	/** The PostgreSQL data directory with every dataset loaded (gzipped tar), on our origin. */
	const snapshot: { url: string };
	export default snapshot;
}
