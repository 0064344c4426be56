declare module 'virtual:content/meta' {
	const meta: Omit<import('../model/content').ContentMeta, 'paths'> & {
		/** The bundle's items in slices (JSON arrays, same origin, named by its hash), in order. */
		slices: { url: string; items: number; first: string; last: string }[];
	};
	export default meta;
}

declare module 'virtual:content/paths' {
	/** The learning paths, for the screens that list or follow them. */
	const paths: import('../model/content').ContentMeta['paths'];
	export default paths;
}

declare module 'virtual:content/datasets' {
	/** Every dataset's script for each engine, one precached asset each. */
	const datasets: { id: string; title: string; urls: Record<import('../model/content').Dialect, string> }[];
	export default datasets;
}

declare module 'virtual:pglite/snapshot' {
	/** The PostgreSQL data directory with every dataset loaded (gzipped tar), on our origin. */
	const snapshot: { url: string };
	export default snapshot;
}
