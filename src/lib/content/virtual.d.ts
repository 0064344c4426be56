declare module 'virtual:content/meta' {
	const meta: import('./types').ContentMeta;
	export default meta;
}
declare module 'virtual:content/bundle' {
	const bundle: import('./types').ContentBundle;
	export default bundle;
}
