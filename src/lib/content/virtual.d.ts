declare module 'virtual:content/meta' {
	const meta: import('./types').ContentMeta & {
		/** Same-origin URL of the compiled bundle (JSON), named by its hash. */
		url: string;
		/** Every dataset's SQL, one precached asset each. */
		datasets: { id: string; title: string; url: string }[];
	};
	export default meta;
}
